<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Status</name>
    <message>
        <source>%1: expected an object, got %2</source>
        <translation>%1: Objekt erwartet, %2 erhalten</translation>
    </message>
    <message>
        <source>%1: the id is missing</source>
        <translation>%1: Die ID fehlt</translation>
    </message>
    <message>
        <source>%1: expected an array, got %2</source>
        <translation>%1: Array erwartet, %2 erhalten</translation>
    </message>
    <message>
        <source>%1.id: %2 is used twice (also at %3)</source>
        <translation>%1.id: %2 wird doppelt verwendet (auch bei %3)</translation>
    </message>
</context>
<context>
    <name>cjm::AddInsight</name>
    <message>
        <source>Add insight</source>
        <translation>Erkenntnis hinzufügen</translation>
    </message>
</context>
<context>
    <name>cjm::AddJourney</name>
    <message>
        <source>Add journey</source>
        <translation>Journey hinzufügen</translation>
    </message>
</context>
<context>
    <name>cjm::AddLane</name>
    <message>
        <source>Add lane</source>
        <translation>Lane hinzufügen</translation>
    </message>
</context>
<context>
    <name>cjm::AddMeasurement</name>
    <message>
        <source>Add measurement</source>
        <translation>Messwert hinzufügen</translation>
    </message>
</context>
<context>
    <name>cjm::AddMetric</name>
    <message>
        <source>Add metric</source>
        <translation>Kennzahl hinzufügen</translation>
    </message>
</context>
<context>
    <name>cjm::AddOpportunity</name>
    <message>
        <source>Add opportunity</source>
        <translation>Verbesserungsmöglichkeit hinzufügen</translation>
    </message>
</context>
<context>
    <name>cjm::AddPainPoint</name>
    <message>
        <source>Add pain point</source>
        <translation>Pain Point hinzufügen</translation>
    </message>
</context>
<context>
    <name>cjm::AddPersona</name>
    <message>
        <source>Add persona</source>
        <translation>Persona hinzufügen</translation>
    </message>
</context>
<context>
    <name>cjm::AddStage</name>
    <message>
        <source>Add stage</source>
        <translation>Phase hinzufügen</translation>
    </message>
</context>
<context>
    <name>cjm::AddTouchpoint</name>
    <message>
        <source>Add touchpoint</source>
        <translation>Touchpoint hinzufügen</translation>
    </message>
</context>
<context>
    <name>cjm::AtomicSave</name>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot replace %1: %2</source>
        <translation>%1 kann nicht ersetzt werden: %2</translation>
    </message>
    <message>
        <source>cannot flush %1 to disk: %2</source>
        <translation>%1 kann nicht auf den Datenträger geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>cjm::AttachImage</name>
    <message>
        <source>Add image to touchpoint</source>
        <translation>Bild zum Touchpoint hinzufügen</translation>
    </message>
</context>
<context>
    <name>cjm::CardCloseUp</name>
    <message>
        <source>%1 (external provider)</source>
        <translation>%1 (externer Anbieter)</translation>
    </message>
    <message>
        <source>Emotion %1 (%2)</source>
        <translation>Emotion %1 (%2)</translation>
    </message>
    <message>
        <source>%1 — risk %2</source>
        <translation>%1 — Risiko %2</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Pain Points</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Verbesserungsmöglichkeiten</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>Risk %1: severity %2 × likelihood %3 = %4</source>
        <translation>Risiko %1: Schweregrad %2 × Wahrscheinlichkeit %3 = %4</translation>
    </message>
    <message>
        <source>%1 % of customers affected</source>
        <translation>%1 % der Kunden betroffen</translation>
    </message>
    <message>
        <source>Addressed by</source>
        <translation>Adressiert durch</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Impact %1 · effort %2</source>
        <translation>Wirkung %1 · Aufwand %2</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressiert</translation>
    </message>
    <message>
        <source>%1: %2 (n = %3)</source>
        <translation>%1: %2 (n = %3)</translation>
    </message>
    <message>
        <source>%1, target %2</source>
        <translation>%1, Zielwert %2</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n Stimme</numerusform>
            <numerusform>%n Stimmen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::CastVote</name>
    <message>
        <source>only pain points and opportunities take votes</source>
        <translation>Nur Pain Points und Verbesserungsmöglichkeiten können Stimmen erhalten</translation>
    </message>
    <message>
        <source>Vote for opportunity</source>
        <translation>Für Verbesserungsmöglichkeit abstimmen</translation>
    </message>
    <message>
        <source>Take back vote for opportunity</source>
        <translation>Stimme für Verbesserungsmöglichkeit zurücknehmen</translation>
    </message>
    <message>
        <source>Vote for pain point</source>
        <translation>Für Pain Point abstimmen</translation>
    </message>
    <message>
        <source>Take back vote for pain point</source>
        <translation>Stimme für Pain Point zurücknehmen</translation>
    </message>
</context>
<context>
    <name>cjm::Cli</name>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>Show the usage.</source>
        <translation>Zeigt die Hilfe zum Aufruf an.</translation>
    </message>
    <message>
        <source>%1: the file name is missing</source>
        <translation>%1: der Dateiname fehlt</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;</source>
        <translation>%1: unerwartetes Argument „%2“</translation>
    </message>
    <message>
        <source>Number of journeys.</source>
        <translation>Anzahl der Journeys.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Stages of each journey.</source>
        <translation>Phasen je Journey.</translation>
    </message>
    <message>
        <source>Touchpoints of each journey, spread over its stages.</source>
        <translation>Touchpoints je Journey, verteilt auf deren Phasen.</translation>
    </message>
    <message>
        <source>Seed of the random content.</source>
        <translation>Startwert für die zufälligen Inhalte.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Name of the project.</source>
        <translation>Name des Projekts.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Replace an existing file.</source>
        <translation>Ersetzt eine vorhandene Datei.</translation>
    </message>
    <message>
        <source>generate: --%1 is missing</source>
        <translation>generate: --%1 fehlt</translation>
    </message>
    <message>
        <source>generate: --%1 must be a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation>generate: --%1 muss eine ganze Zahl von %2 bis %3 sein, nicht „%4“</translation>
    </message>
    <message>
        <source>generate: touchpoints need at least one stage</source>
        <translation>generate: Touchpoints benötigen mindestens eine Phase</translation>
    </message>
    <message>
        <source>generate: at most %1 touchpoints in all</source>
        <translation>generate: insgesamt höchstens %1 Touchpoints</translation>
    </message>
    <message>
        <source>%1: wrote %2 journeys, %3 stages and %4 touchpoints</source>
        <translation>%1: %2 Journeys, %3 Phasen und %4 Touchpoints geschrieben</translation>
    </message>
    <message>
        <source>Print JSON with stable keys.</source>
        <translation>Gibt JSON mit stabilen Schlüsseln aus.</translation>
    </message>
    <message>
        <source>Project &quot;%1&quot; in %2</source>
        <translation>Projekt „%1“ in %2</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Schemaversion: %1</translation>
    </message>
    <message>
        <source>Written by a newer version of Journey Studio: it opens read-only.</source>
        <translation>Mit einer neueren Version von Journey Studio geschrieben: wird schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>to-be</source>
        <translation>Soll-Zustand</translation>
    </message>
    <message>
        <source>as-is</source>
        <translation>Ist-Zustand</translation>
    </message>
    <message>
        <source>Journey &quot;%1&quot; (%2)</source>
        <translation>Journey „%1“ (%2)</translation>
    </message>
    <message>
        <source>Personas: %1</source>
        <translation>Personas: %1</translation>
    </message>
    <message>
        <source>Journeys: %1</source>
        <translation>Journeys: %1</translation>
    </message>
    <message>
        <source>Lanes: %1</source>
        <translation>Lanes: %1</translation>
    </message>
    <message>
        <source>Lane cells: %1</source>
        <translation>Lane-Zellen: %1</translation>
    </message>
    <message>
        <source>Stages: %1</source>
        <translation>Phasen: %1</translation>
    </message>
    <message>
        <source>Touchpoints: %1</source>
        <translation>Touchpoints: %1</translation>
    </message>
    <message>
        <source>Pain points: %1</source>
        <translation>Pain Points: %1</translation>
    </message>
    <message>
        <source>Opportunities: %1</source>
        <translation>Verbesserungsmöglichkeiten: %1</translation>
    </message>
    <message>
        <source>Insights: %1</source>
        <translation>Erkenntnisse: %1</translation>
    </message>
    <message>
        <source>Metrics: %1</source>
        <translation>Kennzahlen: %1</translation>
    </message>
    <message>
        <source>Measurements: %1</source>
        <translation>Messwerte: %1</translation>
    </message>
    <message>
        <source>Images: %1</source>
        <translation>Bilder: %1</translation>
    </message>
    <message>
        <source>Links: %1</source>
        <translation>Verknüpfungen: %1</translation>
    </message>
    <message>
        <source>the file exists; use --force to replace it</source>
        <translation>die Datei existiert bereits; mit --force wird sie ersetzt</translation>
    </message>
    <message>
        <source>the file is open in Journey Studio; close it first</source>
        <translation>die Datei ist in Journey Studio geöffnet; schließen Sie sie zuerst</translation>
    </message>
    <message>
        <source>%1: created the project &quot;%2&quot;</source>
        <translation>%1: Projekt „%2“ angelegt</translation>
    </message>
    <message>
        <source>List the working copies left behind.</source>
        <translation>Listet die zurückgebliebenen Arbeitskopien auf.</translation>
    </message>
    <message>
        <source>Delete the working copies left behind.</source>
        <translation>Löscht die zurückgebliebenen Arbeitskopien.</translation>
    </message>
    <message>
        <source>Write the recovered project to OUT instead of FILE.</source>
        <translation>Schreibt das wiederhergestellte Projekt nach AUSGABE statt nach DATEI.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>AUSGABE</translation>
    </message>
    <message>
        <source>Replace an existing OUT.</source>
        <translation>Ersetzt eine vorhandene Datei AUSGABE.</translation>
    </message>
    <message>
        <source>recover: use only one of --list, --discard and -o</source>
        <translation>recover: nur eine der Optionen --list, --discard und -o verwenden</translation>
    </message>
    <message>
        <source>%1: nothing to recover</source>
        <translation>%1: nichts wiederherzustellen</translation>
    </message>
    <message>
        <source>%1 (last changed %2)</source>
        <translation>%1 (zuletzt geändert am %2)</translation>
    </message>
    <message>
        <source>%1: discarded %2 working copies</source>
        <translation>%1: %2 Arbeitskopien verworfen</translation>
    </message>
    <message>
        <source>%1: recovered the unsaved work into %2</source>
        <translation>%1: ungespeicherte Arbeit in %2 wiederhergestellt</translation>
    </message>
    <message>
        <source>%1 older working copies remain; see them with --list, delete them with --discard</source>
        <translation>%1 ältere Arbeitskopien sind noch vorhanden; mit --list anzeigen, mit --discard löschen</translation>
    </message>
    <message>
        <source>%1: valid, but written by a newer version of Journey Studio (schema version %2): it opens read-only</source>
        <translation>%1: gültig, aber mit einer neueren Version von Journey Studio geschrieben (Schemaversion %2): wird schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>%1: valid (schema version %2)</source>
        <translation>%1: gültig (Schemaversion %2)</translation>
    </message>
    <message>
        <source>%1: an argument is missing</source>
        <translation>%1: Ein Argument fehlt</translation>
    </message>
    <message>
        <source>The journey to export (default: the first).</source>
        <translation>Die zu exportierende Journey (Standard: die erste).</translation>
    </message>
    <message>
        <source>pdf, svg, png, json, csv, xlsx or mermaid.</source>
        <translation>pdf, svg, png, json, csv, xlsx oder mermaid.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>PDF paper: a4, a3 or letter (default: fitted to the map).</source>
        <translation>PDF-Papier: a4, a3 oder letter (Standard: an die Map angepasst).</translation>
    </message>
    <message>
        <source>PAGE</source>
        <translation>PAGE</translation>
    </message>
    <message>
        <source>PDF: landscape paper.</source>
        <translation>PDF: Papier im Querformat.</translation>
    </message>
    <message>
        <source>PDF: cut the map into overlapping pages at full size.</source>
        <translation>PDF: die Map in überlappende Seiten in voller Größe teilen.</translation>
    </message>
    <message>
        <source>PNG: dots per inch (96 is the screen size).</source>
        <translation>PNG: Punkte pro Zoll (96 entspricht der Bildschirmgröße).</translation>
    </message>
    <message>
        <source>PNG and tiled PDF: size factor (1 = screen size).</source>
        <translation>PNG und geteiltes PDF: Größenfaktor (1 = Bildschirmgröße).</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>PNG and SVG: transparent background.</source>
        <translation>PNG und SVG: transparenter Hintergrund.</translation>
    </message>
    <message>
        <source>light, dark or high-contrast.</source>
        <translation>light, dark oder high-contrast.</translation>
    </message>
    <message>
        <source>THEME</source>
        <translation>THEME</translation>
    </message>
    <message>
        <source>Leave out the title block and legend.</source>
        <translation>Titelblock und Legende weglassen.</translation>
    </message>
    <message>
        <source>PDF: add the pain-point and opportunity tables.</source>
        <translation>PDF: die Tabellen der Pain Points und Verbesserungsmöglichkeiten hinzufügen.</translation>
    </message>
    <message>
        <source>export: --format is missing (one of %1)</source>
        <translation>export: --format fehlt (eines von %1)</translation>
    </message>
    <message>
        <source>export: unknown format &quot;%1&quot; (one of %2)</source>
        <translation>export: unbekanntes Format „%1“ (eines von %2)</translation>
    </message>
    <message>
        <source>export: -o OUT is missing</source>
        <translation>export: -o OUT fehlt</translation>
    </message>
    <message>
        <source>export: unknown page &quot;%1&quot; (a4, a3 or letter)</source>
        <translation>export: unbekannte Seite „%1“ (a4, a3 oder letter)</translation>
    </message>
    <message>
        <source>export: --dpi must be a whole number from 1 to %1, not &quot;%2&quot;</source>
        <translation>export: --dpi muss eine ganze Zahl von 1 bis %1 sein, nicht „%2“</translation>
    </message>
    <message>
        <source>export: --scale must be a number above 0 and at most %1, not &quot;%2&quot;</source>
        <translation>export: --scale muss eine Zahl über 0 und höchstens %1 sein, nicht „%2“</translation>
    </message>
    <message>
        <source>export: unknown theme &quot;%1&quot; (light, dark or high-contrast)</source>
        <translation>export: unbekanntes Theme „%1“ (light, dark oder high-contrast)</translation>
    </message>
    <message>
        <source>the project has no journey to export</source>
        <translation>Das Projekt hat keine Journey zum Exportieren</translation>
    </message>
    <message>
        <source>no journey named &quot;%1&quot;; the journeys are: %2</source>
        <translation>Keine Journey namens „%1“; die Journeys sind: %2</translation>
    </message>
    <message>
        <source>%1: the image was limited to %2 × %3 pixels (scale %4)</source>
        <translation>%1: Das Bild wurde auf %2 × %3 Pixel begrenzt (Skalierung %4)</translation>
    </message>
    <message>
        <source>%1: wrote %2</source>
        <translation>%1: %2 geschrieben</translation>
    </message>
    <message>
        <source>%1: note: %2 characters; Mermaid draws at most %3 unless its maxTextSize setting is raised</source>
        <translation>%1: Hinweis: %2 Zeichen; Mermaid stellt höchstens %3 dar, sofern die Einstellung maxTextSize nicht erhöht wird</translation>
    </message>
    <message>
        <source>opened read-only (%1); nothing imported</source>
        <translation>schreibgeschützt geöffnet (%1); nichts importiert</translation>
    </message>
    <message>
        <source>the project is open in Journey Studio; close it first</source>
        <translation>Das Projekt ist in Journey Studio geöffnet; schließen Sie es zuerst</translation>
    </message>
    <message>
        <source>a crashed session left unsaved work: run &quot;recover&quot; first</source>
        <translation>Eine abgestürzte Sitzung hat ungespeicherte Arbeit hinterlassen: führen Sie zuerst „recover“ aus</translation>
    </message>
    <message>
        <source>not mapped: %1</source>
        <translation>nicht zugeordnet: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) matched existing personas</source>
        <translation>
            <numerusform>%n Akteur passte zu vorhandenen Personas</numerusform>
            <numerusform>%n Akteure passten zu vorhandenen Personas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: imported %2 into %3</source>
        <translation>%1: %2 in %3 importiert</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of the file already exist in the project (same UUID): imported as copies with new UUIDs</source>
        <translation>
            <numerusform>%n Element der Datei ist bereits im Projekt vorhanden (gleiche UUID): als Kopie mit neuer UUID importiert</numerusform>
            <numerusform>%n Elemente der Datei sind bereits im Projekt vorhanden (gleiche UUID): als Kopien mit neuen UUIDs importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more conflict(s)</source>
        <translation>
            <numerusform>… und %n weiterer Konflikt</numerusform>
            <numerusform>… und %n weitere Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Column mapping (JSON, see docs/METRICS.md).</source>
        <translation>Spaltenzuordnung (JSON, siehe docs/METRICS.md).</translation>
    </message>
    <message>
        <source>MAPPING.json</source>
        <translation>MAPPING.json</translation>
    </message>
    <message>
        <source>Map the columns from their questions.</source>
        <translation>Die Spalten anhand ihrer Fragen zuordnen.</translation>
    </message>
    <message>
        <source>The journey the survey is about.</source>
        <translation>Die Journey, um die es in der Umfrage geht.</translation>
    </message>
    <message>
        <source>Encoding of the CSV: utf-8, utf-16le, utf-16be or gb18030.</source>
        <translation>Kodierung der CSV: utf-8, utf-16le, utf-16be oder gb18030.</translation>
    </message>
    <message>
        <source>Order of day and month when the dates leave it open: dmy, mdy or ymd.</source>
        <translation>Reihenfolge von Tag und Monat, wenn die Datumsangaben sie offenlassen: dmy, mdy oder ymd.</translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation>ORDER</translation>
    </message>
    <message>
        <source>Check the rows; write nothing.</source>
        <translation>Die Zeilen prüfen; nichts schreiben.</translation>
    </message>
    <message>
        <source>not a JSON object: %1</source>
        <translation>kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>import-survey: no mapping stored for these columns: give --mapping MAPPING.json or --auto</source>
        <translation>import-survey: Für diese Spalten ist keine Zuordnung gespeichert: geben Sie --mapping MAPPING.json oder --auto an</translation>
    </message>
    <message>
        <source>import-survey: give --mapping or --auto, not both</source>
        <translation>import-survey: Geben Sie --mapping oder --auto an, nicht beides</translation>
    </message>
    <message>
        <source>import-survey: unknown encoding &quot;%1&quot;</source>
        <translation>import-survey: unbekannte Kodierung „%1“</translation>
    </message>
    <message>
        <source>import-survey: --date-order must be dmy, mdy or ymd</source>
        <translation>import-survey: --date-order muss dmy, mdy oder ymd sein</translation>
    </message>
    <message>
        <source>no journey &quot;%1&quot;</source>
        <translation>keine Journey „%1“</translation>
    </message>
    <message>
        <source>Only this journey.</source>
        <translation>Nur diese Journey.</translation>
    </message>
    <message>
        <source>Group by stage, touchpoint, persona, week, month or quarter.</source>
        <translation>Nach Phase, Touchpoint, Persona, Woche, Monat oder Quartal gruppieren.</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GROUP</translation>
    </message>
    <message>
        <source>NPS %1 (±%2, %3)</source>
        <translation>NPS %1 (±%2, %3)</translation>
    </message>
    <message>
        <source>CSAT %1 % (mean %2, %3)</source>
        <translation>CSAT %1 % (Mittelwert %2, %3)</translation>
    </message>
    <message>
        <source>CES %1 (agree %2 %, %3)</source>
        <translation>CES %1 (Zustimmung %2 %, %3)</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>keine Antworten</translation>
    </message>
    <message>
        <source>metrics: --by must be stage, touchpoint, persona, week, month or quarter, not &quot;%1&quot;</source>
        <translation>metrics: --by muss stage, touchpoint, persona, week, month oder quarter sein, nicht „%1“</translation>
    </message>
    <message>
        <source>Overall: %1</source>
        <translation>Gesamt: %1</translation>
    </message>
    <message>
        <source>Usage: %1 COMMAND FILE [OPTIONS]

Commands:
  new FILE [--name NAME] [--force]
      Create an empty project file. An existing file is kept unless --force.
  info FILE [--json]
      Show what a project holds: counts of every kind of entity, per journey too.
  validate FILE
      Check a project file as untrusted input; print &quot;valid&quot; or the problem.
  recover FILE [--list | --discard | -o OUT [--force]]
      Restore the unsaved work of a session that ended unexpectedly into FILE
      (or OUT); --list shows the working copies left behind, --discard deletes them.
  generate FILE --journeys N --stages N --touchpoints N [--seed S] [--name NAME]
           [--force]
      Write a synthetic project; --touchpoints counts the touchpoints of each
      journey, spread evenly over its stages.
  import-survey FILE CSV [--mapping MAPPING.json | --auto] [--journey NAME]
           [--encoding NAME] [--date-order dmy|mdy|ymd] [--keep-answers]
           [--dry-run]
      Import a survey export (Qualtrics, SurveyMonkey, Google Forms, generic CSV)
      and print the summary; without --mapping or --auto the mapping stored for
      the same columns is used. Exit 2 when no row could be imported.
  metrics FILE [--journey NAME] [--by stage|touchpoint|persona|month] [--json]
      Show NPS, CSAT and CES from the imported surveys, overall and per group.
  export FILE --format pdf|svg|png|json|csv|xlsx|mermaid -o OUT [--journey NAME]
           [--page a4|a3|letter] [--landscape] [--tiled] [--dpi N] [--scale F]
           [--transparent] [--theme light|dark|high-contrast] [--no-title-block]
           [--report]
      Write a journey&apos;s map (pdf, svg, png) or the project&apos;s data to OUT; the
      first journey unless --journey. --tiled cuts a PDF into overlapping pages.
  import FILE SOURCE.json|SOURCE.mmd
      Add a JSON export (merged; UUIDs already in FILE are imported as copies
      with new UUIDs) or a Mermaid journey diagram (a new journey) to FILE,
      as one undoable step, and save FILE.

Options:
  -h, --help     Show this help.
  --version      Show the version.

Exit status: 0 done, 1 nothing to recover, 2 invalid file, refused or failed,
64 usage error.
</source>
        <translation>Aufruf: %1 COMMAND FILE [OPTIONS]

Befehle:
  new FILE [--name NAME] [--force]
      Eine leere Projektdatei anlegen. Eine vorhandene Datei bleibt erhalten, außer mit --force.
  info FILE [--json]
      Inhalt eines Projekts anzeigen: Anzahl jeder Art von Element, auch je Journey.
  validate FILE
      Eine Projektdatei als nicht vertrauenswürdige Eingabe prüfen; gibt „valid“ oder das Problem aus.
  recover FILE [--list | --discard | -o OUT [--force]]
      Die ungespeicherte Arbeit einer unerwartet beendeten Sitzung in FILE (oder OUT)
      wiederherstellen; --list zeigt die zurückgebliebenen Arbeitskopien, --discard löscht sie.
  generate FILE --journeys N --stages N --touchpoints N [--seed S] [--name NAME]
           [--force]
      Ein synthetisches Projekt schreiben; --touchpoints zählt die Touchpoints jeder
      Journey, gleichmäßig auf ihre Phasen verteilt.
  import-survey FILE CSV [--mapping MAPPING.json | --auto] [--journey NAME]
           [--encoding NAME] [--date-order dmy|mdy|ymd] [--keep-answers]
           [--dry-run]
      Einen Umfrage-Export (Qualtrics, SurveyMonkey, Google Forms, generische CSV)
      importieren und die Zusammenfassung ausgeben; ohne --mapping oder --auto wird die
      für dieselben Spalten gespeicherte Zuordnung verwendet. Exit-Code 2, wenn keine Zeile
      importiert werden konnte.
  metrics FILE [--journey NAME] [--by stage|touchpoint|persona|month] [--json]
      NPS, CSAT und CES aus den importierten Umfragen anzeigen, gesamt und je Gruppe.
  export FILE --format pdf|svg|png|json|csv|xlsx|mermaid -o OUT [--journey NAME]
           [--page a4|a3|letter] [--landscape] [--tiled] [--dpi N] [--scale F]
           [--transparent] [--theme light|dark|high-contrast] [--no-title-block]
           [--report]
      Die Map einer Journey (pdf, svg, png) oder die Daten des Projekts nach OUT schreiben;
      die erste Journey, außer mit --journey. --tiled teilt ein PDF in überlappende Seiten.
  import FILE SOURCE.json|SOURCE.mmd
      Einen JSON-Export (zusammengeführt; bereits in FILE vorhandene UUIDs werden als Kopien
      mit neuen UUIDs importiert) oder ein Mermaid-Journey-Diagramm (eine neue Journey) als
      ein rückgängig machbarer Schritt zu FILE hinzufügen und FILE speichern.

Optionen:
  -h, --help     Diese Hilfe anzeigen.
  --version      Die Version anzeigen.

Exit-Status: 0 erledigt, 1 nichts wiederherzustellen, 2 ungültige Datei, abgelehnt oder
fehlgeschlagen, 64 Aufruffehler.
</translation>
    </message>
    <message>
        <source>Also store every answer (survey_answer), not only the aggregates.</source>
        <translation>Zusätzlich jede Antwort speichern (survey_answer), nicht nur die Aggregate.</translation>
    </message>
</context>
<context>
    <name>cjm::ClipboardFragment</name>
    <message>
        <source>The clipboard data is not valid JSON (at character %1): %2</source>
        <translation>Die Daten in der Zwischenablage sind kein gültiges JSON (bei Zeichen %1): %2</translation>
    </message>
    <message>
        <source>The clipboard data is not a Journey Studio fragment.</source>
        <translation>Die Daten in der Zwischenablage sind kein Journey-Studio-Fragment.</translation>
    </message>
    <message>
        <source>The clipboard data comes from a newer Journey Studio (format version %1).</source>
        <translation>Die Daten in der Zwischenablage stammen aus einer neueren Version von Journey Studio (Formatversion %1).</translation>
    </message>
    <message>
        <source>The clipboard data has a %1 without an id (entry %2).</source>
        <translation>Die Daten in der Zwischenablage enthalten %1 ohne ID (Eintrag %2).</translation>
    </message>
    <message>
        <source>The clipboard data has a link of unknown kind %1 (link %2).</source>
        <translation>Die Daten in der Zwischenablage enthalten eine Verknüpfung unbekannter Art %1 (Verknüpfung %2).</translation>
    </message>
    <message>
        <source>There is no journey to paste the stages into.</source>
        <translation>Es gibt keine Journey, in die die Phasen eingefügt werden können.</translation>
    </message>
    <message>
        <source>Select a stage to paste the touchpoints into.</source>
        <translation>Wählen Sie eine Phase aus, in die die Touchpoints eingefügt werden sollen.</translation>
    </message>
    <message>
        <source>Select a touchpoint or a stage to paste the cards onto.</source>
        <translation>Wählen Sie einen Touchpoint oder eine Phase aus, auf die die Karten eingefügt werden sollen.</translation>
    </message>
    <message>
        <source>There is no journey to paste the lanes into.</source>
        <translation>Es gibt keine Journey, in die die Bahnen eingefügt werden können.</translation>
    </message>
</context>
<context>
    <name>cjm::CommandChecks</name>
    <message>
        <source>already exists</source>
        <translation>existiert bereits</translation>
    </message>
    <message>
        <source>no %1 given</source>
        <translation>%1 nicht angegeben</translation>
    </message>
    <message>
        <source>there is no %1 %2</source>
        <translation>%1 %2 existiert nicht</translation>
    </message>
    <message>
        <source>%1 %2: %3: %4</source>
        <translation>%1 %2: %3: %4</translation>
    </message>
    <message>
        <source>must be the stage of touchpoint %1</source>
        <translation>muss die Phase von Touchpoint %1 sein</translation>
    </message>
    <message>
        <source>a journey cannot improve itself</source>
        <translation>eine Journey kann nicht sich selbst verbessern</translation>
    </message>
    <message>
        <source>the touchpoint is not in the lane&apos;s journey</source>
        <translation>der Touchpoint gehört nicht zur Journey der Lane</translation>
    </message>
    <message>
        <source>the lane already has a cell for this touchpoint</source>
        <translation>die Lane hat bereits eine Zelle für diesen Touchpoint</translation>
    </message>
    <message>
        <source>the id is missing</source>
        <translation>die ID fehlt</translation>
    </message>
    <message>
        <source>%1 has no field %2 to edit</source>
        <translation>%1 hat kein bearbeitbares Feld %2</translation>
    </message>
    <message>
        <source>only user-defined text lanes hold text cells</source>
        <translation>nur benutzerdefinierte Text-Lanes enthalten Textzellen</translation>
    </message>
</context>
<context>
    <name>cjm::CsvReader</name>
    <message>
        <source>The file is not open for reading.</source>
        <translation>Die Datei ist nicht zum Lesen geöffnet.</translation>
    </message>
    <message>
        <source>This system cannot read text in the %1 encoding.</source>
        <translation>Dieses System kann keinen Text in der Kodierung %1 lesen.</translation>
    </message>
    <message>
        <source>The file could not be read to its end: %1</source>
        <translation>Die Datei konnte nicht bis zum Ende gelesen werden: %1</translation>
    </message>
    <message>
        <source>Line %1: a field is longer than %2 characters. Is a closing quote missing, or is this not a CSV file?</source>
        <translation>Zeile %1: Ein Feld ist länger als %2 Zeichen. Fehlt ein schließendes Anführungszeichen, oder ist dies keine CSV-Datei?</translation>
    </message>
    <message>
        <source>Line %1: a record is longer than %2 characters. Is a closing quote missing, or is this not a CSV file?</source>
        <translation>Zeile %1: Ein Datensatz ist länger als %2 Zeichen. Fehlt ein schließendes Anführungszeichen, oder ist dies keine CSV-Datei?</translation>
    </message>
    <message>
        <source>Line %1: a record has more than %2 columns.</source>
        <translation>Zeile %1: Ein Datensatz hat mehr als %2 Spalten.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field starting on this line is never closed.</source>
        <translation>Zeile %1: Ein in dieser Zeile beginnendes Feld in Anführungszeichen wird nicht geschlossen.</translation>
    </message>
</context>
<context>
    <name>cjm::CsvTableWriter</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: Der Ordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>cjm::DataExchange</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Whole project as JSON (*.json)</source>
        <translation>Ganzes Projekt als JSON (*.json)</translation>
    </message>
    <message>
        <source>Tables as an Excel workbook (*.xlsx)</source>
        <translation>Tabellen als Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Tables as CSV files (*.csv)</source>
        <translation>Tabellen als CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Journey as a Mermaid diagram (*.mmd)</source>
        <translation>Journey als Mermaid-Diagramm (*.mmd)</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>Daten exportieren</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Journey Studio JSON or Mermaid journey (*.json *.mmd *.mermaid)</source>
        <translation>Journey-Studio-JSON oder Mermaid-Journey (*.json *.mmd *.mermaid)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>%1 importiert</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 importiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of the file already exist in the project (same UUID): imported as copies with new UUIDs.</source>
        <translation>
            <numerusform>%n Element der Datei ist bereits im Projekt (gleiche UUID): als Kopie mit neuer UUID importiert.</numerusform>
            <numerusform>%n Elemente der Datei sind bereits im Projekt (gleiche UUID): als Kopien mit neuen UUIDs importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some of the diagram could not be kept.</source>
        <translation>Ein Teil des Diagramms konnte nicht übernommen werden.</translation>
    </message>
</context>
<context>
    <name>cjm::Document</name>
    <message>
        <source>%1: the file does not exist</source>
        <translation>%1: die Datei existiert nicht</translation>
    </message>
    <message>
        <source>%1: unsaved changes from a session that ended unexpectedly can be recovered</source>
        <translation>%1: ungespeicherte Änderungen aus einer unerwartet beendeten Sitzung können wiederhergestellt werden</translation>
    </message>
    <message>
        <source>%1 is open in another Journey Studio window</source>
        <translation>%1 ist in einem anderen Journey-Studio-Fenster geöffnet</translation>
    </message>
    <message>
        <source>The file is open in another window; this copy is read-only.</source>
        <translation>Die Datei ist in einem anderen Fenster geöffnet; diese Kopie ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The file was written by a newer version of Journey Studio (schema %1); it opens read-only.</source>
        <translation>Die Datei wurde mit einer neueren Version von Journey Studio geschrieben (Schema %1); sie wird schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>the project has no file yet: use Save As</source>
        <translation>das Projekt hat noch keine Datei: verwenden Sie „Speichern unter“</translation>
    </message>
    <message>
        <source>the project is read-only: save it under another name</source>
        <translation>das Projekt ist schreibgeschützt: speichern Sie es unter einem anderen Namen</translation>
    </message>
    <message>
        <source>The project is read-only.</source>
        <translation>Das Projekt ist schreibgeschützt.</translation>
    </message>
</context>
<context>
    <name>cjm::DocumentOpener</name>
    <message>
        <source>%1: a session that ended unexpectedly left unsaved changes; open the file in Journey Studio to recover or discard them</source>
        <translation>%1: eine unerwartet beendete Sitzung hat ungespeicherte Änderungen hinterlassen; öffnen Sie die Datei in Journey Studio, um sie wiederherzustellen oder zu verwerfen</translation>
    </message>
    <message>
        <source>%1 could not be opened</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>an untitled project</source>
        <translation>ein unbenanntes Projekt</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Journey Studio ended unexpectedly while %1 had unsaved changes.</source>
        <translation>Journey Studio wurde unerwartet beendet, während %1 ungespeicherte Änderungen enthielt.</translation>
    </message>
    <message>
        <source>The changes were last written on %1. Recover them, or discard them and %2?</source>
        <translation>Die Änderungen wurden zuletzt am %1 gesichert. Möchten Sie sie wiederherstellen – oder verwerfen und %2?</translation>
    </message>
    <message>
        <source>start afresh</source>
        <translation>neu beginnen</translation>
    </message>
    <message>
        <source>open the file as it was last saved</source>
        <translation>die Datei im zuletzt gespeicherten Stand öffnen</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>File in Use</source>
        <translation>Datei wird verwendet</translation>
    </message>
    <message>
        <source>%1 is open in another Journey Studio window.</source>
        <translation>%1 ist in einem anderen Journey-Studio-Fenster geöffnet.</translation>
    </message>
    <message>
        <source>You can open a read-only copy; save it under another name to keep changes.</source>
        <translation>Sie können eine schreibgeschützte Kopie öffnen; speichern Sie sie unter einem anderen Namen, um Änderungen zu behalten.</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>&amp;Schreibgeschützt öffnen</translation>
    </message>
</context>
<context>
    <name>cjm::DriverAnalysis</name>
    <message>
        <source>Fix first</source>
        <comment>driver analysis quadrant</comment>
        <translation>Vorrangig verbessern</translation>
    </message>
    <message>
        <source>Maintain</source>
        <comment>driver analysis quadrant</comment>
        <translation>Beibehalten</translation>
    </message>
    <message>
        <source>Monitor</source>
        <comment>driver analysis quadrant</comment>
        <translation>Beobachten</translation>
    </message>
    <message>
        <source>Lower priority</source>
        <comment>driver analysis quadrant</comment>
        <translation>Niedrigere Priorität</translation>
    </message>
</context>
<context>
    <name>cjm::DriverQuadrantChart</name>
    <message>
        <source>Driver analysis: importance and performance</source>
        <translation>Treiberanalyse: Wichtigkeit und Leistung</translation>
    </message>
    <message>
        <source>No survey answers for this journey yet. Import survey data with an NPS column and CSAT columns about touchpoints to see which touchpoints drive the NPS.</source>
        <translation>Für diese Journey gibt es noch keine Umfrageantworten. Importieren Sie Umfragedaten mit einer NPS-Spalte und CSAT-Spalten zu Touchpoints, um zu sehen, welche Touchpoints den NPS treiben.</translation>
    </message>
    <message>
        <source>Driver analysis needs an NPS answer and CSAT answers about at least two touchpoints from the same respondents.</source>
        <translation>Die Treiberanalyse benötigt eine NPS-Antwort und CSAT-Antworten zu mindestens zwei Touchpoints von denselben Befragten.</translation>
    </message>
    <message>
        <source>%1
importance r = %2, mean %3, n = %4</source>
        <translation>%1
Wichtigkeit r = %2, Mittelwert %3, n = %4</translation>
    </message>
    <message>
        <source>Performance (mean CSAT)</source>
        <translation>Leistung (CSAT-Mittelwert)</translation>
    </message>
    <message>
        <source>Importance (r with NPS)</source>
        <translation>Wichtigkeit (r mit NPS)</translation>
    </message>
    <message>
        <source>touchpoints: %1 · n = up to %2 respondents with both answers</source>
        <translation>Touchpoints: %1 · n = bis zu %2 Befragte mit beiden Antworten</translation>
    </message>
    <message>
        <source>hollow points: fewer than %1 pairs</source>
        <translation>hohle Punkte: weniger als %1 Paare</translation>
    </message>
    <message>
        <source>lines: medians</source>
        <translation>Linien: Mediane</translation>
    </message>
</context>
<context>
    <name>cjm::EditInsight</name>
    <message>
        <source>Edit insight</source>
        <translation>Erkenntnis bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n insight(s)</source>
        <translation>
            <numerusform>%n Erkenntnis bearbeiten</numerusform>
            <numerusform>%n Erkenntnisse bearbeiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::EditJourney</name>
    <message>
        <source>Edit journey</source>
        <translation>Journey bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n journey(s)</source>
        <translation>
            <numerusform>%n Journey bearbeiten</numerusform>
            <numerusform>%n Journeys bearbeiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::EditLane</name>
    <message>
        <source>Edit lane</source>
        <translation>Lane bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n lane(s)</source>
        <translation>
            <numerusform>%n Lane bearbeiten</numerusform>
            <numerusform>%n Lanes bearbeiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::EditMeasurement</name>
    <message>
        <source>Edit measurement</source>
        <translation>Messwert bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n measurement(s)</source>
        <translation>
            <numerusform>%n Messwert bearbeiten</numerusform>
            <numerusform>%n Messwerte bearbeiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::EditMetric</name>
    <message>
        <source>Edit metric</source>
        <translation>Kennzahl bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n metric(s)</source>
        <translation>
            <numerusform>%n Kennzahl bearbeiten</numerusform>
            <numerusform>%n Kennzahlen bearbeiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::EditOpportunity</name>
    <message>
        <source>Edit opportunity</source>
        <translation>Verbesserungsmöglichkeit bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n opportunity(s)</source>
        <translation>
            <numerusform>%n Verbesserungsmöglichkeit bearbeiten</numerusform>
            <numerusform>%n Verbesserungsmöglichkeiten bearbeiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::EditPainPoint</name>
    <message>
        <source>Edit pain point</source>
        <translation>Pain Point bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n pain point(s)</source>
        <translation>
            <numerusform>%n Pain Point bearbeiten</numerusform>
            <numerusform>%n Pain Points bearbeiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::EditPersona</name>
    <message>
        <source>Edit persona</source>
        <translation>Persona bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n persona(s)</source>
        <translation>
            <numerusform>%n Persona bearbeiten</numerusform>
            <numerusform>%n Personas bearbeiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::EditProjectInfo</name>
    <message>
        <source>Edit project</source>
        <translation>Projekt bearbeiten</translation>
    </message>
</context>
<context>
    <name>cjm::EditStage</name>
    <message>
        <source>Edit stage</source>
        <translation>Phase bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n stage(s)</source>
        <translation>
            <numerusform>%n Phase bearbeiten</numerusform>
            <numerusform>%n Phasen bearbeiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::EditTouchpoint</name>
    <message>
        <source>Edit touchpoint</source>
        <translation>Touchpoint bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n touchpoint(s)</source>
        <translation>
            <numerusform>%n Touchpoint bearbeiten</numerusform>
            <numerusform>%n Touchpoints bearbeiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::EmotionCurveChart</name>
    <message>
        <source>Emotion curve: as-is and to-be</source>
        <translation>Emotionskurve: Ist und Soll</translation>
    </message>
    <message>
        <source>Open a project and choose a journey to see its emotion curve.</source>
        <translation>Öffnen Sie ein Projekt und wählen Sie eine Journey, um ihre Emotionskurve zu sehen.</translation>
    </message>
    <message>
        <source>As-is</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>To-be</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>This journey has no touchpoints yet. Add touchpoints on the map and rate their emotion to see the curve.</source>
        <translation>Diese Journey hat noch keine Touchpoints. Fügen Sie Touchpoints auf der Map hinzu und bewerten Sie ihre Emotion, um die Kurve zu sehen.</translation>
    </message>
    <message>
        <source>n = %1 touchpoints, %2 with a to-be emotion</source>
        <translation>n = %1 Touchpoints, %2 mit Soll-Emotion</translation>
    </message>
    <message>
        <source>persona: %1</source>
        <translation>Persona: %1</translation>
    </message>
</context>
<context>
    <name>cjm::ExportDialog</name>
    <message>
        <source>Cut into overlapping pages at full size</source>
        <translation>In überlappende Seiten in voller Größe teilen</translation>
    </message>
    <message>
        <source>Title block with legend</source>
        <translation>Titelblock mit Legende</translation>
    </message>
    <message>
        <source>Pain-point and opportunity tables</source>
        <translation>Tabellen der Pain Points und Verbesserungsmöglichkeiten</translation>
    </message>
    <message>
        <source>Export Map</source>
        <translation>Map exportieren</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG-Zeichnung</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>Fitted to the map</source>
        <translation>An die Map angepasst</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>A3</source>
        <translation>A3</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Theme background</source>
        <translation>Theme-Hintergrund</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>Transparent</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Ausrichtung:</translation>
    </message>
    <message>
        <source>Print &amp;scale:</source>
        <translation>Druck&amp;skalierung:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>Auflös&amp;ung:</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>&amp;Hintergrund:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Bericht:</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Exporting the map…</source>
        <translation>Map wird exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>cjm::ExportReport</name>
    <message>
        <source>Report: %1</source>
        <translation>Bericht: %1</translation>
    </message>
    <message>
        <source>Pain points by risk</source>
        <translation>Pain Points nach Risiko</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>Pain Point</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Score (S × L)</source>
        <translation>Wert (S × W)</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>(whole stage)</source>
        <translation>(ganze Phase)</translation>
    </message>
    <message>
        <source>Opportunities, ranked</source>
        <translation>Verbesserungsmöglichkeiten, nach Rang</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Verbesserungsmöglichkeit</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Pain Points</translation>
    </message>
    <message>
        <source>Risk addressed</source>
        <translation>Adressiertes Risiko</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Risk matrix: pain points by severity × likelihood</source>
        <translation>Risikomatrix: Pain Points nach Schweregrad × Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>L %1</source>
        <translation>W %1</translation>
    </message>
    <message>
        <source>Severity %1</source>
        <translation>Schweregrad %1</translation>
    </message>
</context>
<context>
    <name>cjm::FieldCatalog</name>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>Data point</source>
        <translation>Datenpunkt</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Umfrage</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Soziale Medien</translation>
    </message>
    <message>
        <source>Employee feedback</source>
        <translation>Mitarbeiterfeedback</translation>
    </message>
    <message>
        <source>Operational data</source>
        <translation>Betriebsdaten</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Interaktion</translation>
    </message>
    <message>
        <source>Perception</source>
        <translation>Wahrnehmung</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Höher ist besser</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Niedriger ist besser</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>Contain</source>
        <translation>Eindämmen</translation>
    </message>
    <message>
        <source>Contact the customer</source>
        <translation>Kunden kontaktieren</translation>
    </message>
    <message>
        <source>Investigate</source>
        <translation>Untersuchen</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>Beheben</translation>
    </message>
    <message>
        <source>Prevent recurrence</source>
        <translation>Wiederholung verhindern</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>External provider</source>
        <translation>Externer Anbieter</translation>
    </message>
    <message>
        <source>Customer action</source>
        <translation>Kundenaktion</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Gedanken</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>Gefühle</translation>
    </message>
    <message>
        <source>Emotion (as-is)</source>
        <translation>Emotion (Ist)</translation>
    </message>
    <message>
        <source>Emotion (to-be)</source>
        <translation>Emotion (Soll)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Moment of Truth</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>Backstage</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Customers affected</source>
        <translation>Betroffene Kunden</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>Handling notes</source>
        <translation>Hinweise zur Behandlung</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Expected change</source>
        <translation>Erwartete Veränderung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Source detail</source>
        <translation>Quellendetail</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>Anteil der Kunden</translation>
    </message>
    <message>
        <source>Value per customer</source>
        <translation>Wert pro Kunde</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bedürfnisse</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Frustrationen</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Customer goal</source>
        <translation>Kundenziel</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Sichtbar</translation>
    </message>
    <message>
        <source>Scale minimum</source>
        <translation>Skalenminimum</translation>
    </message>
    <message>
        <source>Scale maximum</source>
        <translation>Skalenmaximum</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Zeitraumbeginn</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Zeitraumende</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Sample size</source>
        <translation>Stichprobe</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Content language</source>
        <translation>Inhaltssprache</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Bahn</translation>
    </message>
    <message>
        <source>Lane cell</source>
        <translation>Bahnzelle</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>Pain Point</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Verbesserungsmöglichkeit</translation>
    </message>
    <message>
        <source>Insight</source>
        <translation>Erkenntnis</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Messwert</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verknüpfung</translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s)</source>
        <translation>
            <numerusform>%n Persona</numerusform>
            <numerusform>%n Personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journey(s)</source>
        <translation>
            <numerusform>%n Journey</numerusform>
            <numerusform>%n Journeys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n Phase</numerusform>
            <numerusform>%n Phasen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s)</source>
        <translation>
            <numerusform>%n Touchpoint</numerusform>
            <numerusform>%n Touchpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pain point(s)</source>
        <translation>
            <numerusform>%n Pain Point</numerusform>
            <numerusform>%n Pain Points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(-ies)</source>
        <translation>
            <numerusform>%n Verbesserungsmöglichkeit</numerusform>
            <numerusform>%n Verbesserungsmöglichkeiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n insight(s)</source>
        <translation>
            <numerusform>%n Erkenntnis</numerusform>
            <numerusform>%n Erkenntnisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <source>Customer actions</source>
        <translation>Kundenaktionen</translation>
    </message>
    <message>
        <source>Feelings and emotion</source>
        <translation>Gefühle und Emotion</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Pain Points</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Verbesserungsmöglichkeiten</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>Text lane</source>
        <translation>Textbahn</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>cjm::FieldEditor</name>
    <message>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <source>(mixed)</source>
        <translation>(gemischt)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>cjm::FieldEditorFactory</name>
    <message>
        <source>(mixed)</source>
        <translation>(gemischt)</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
</context>
<context>
    <name>cjm::FieldValue</name>
    <message>
        <source>value %1 is outside %2..%3</source>
        <translation>Wert %1 liegt außerhalb von %2..%3</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>Text erwartet</translation>
    </message>
    <message>
        <source>text longer than %1 characters</source>
        <translation>Text länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation>ganze Zahl erwartet</translation>
    </message>
    <message>
        <source>expected an integer or NULL</source>
        <translation>ganze Zahl oder NULL erwartet</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
    <message>
        <source>expected a number or NULL</source>
        <translation>Zahl oder NULL erwartet</translation>
    </message>
    <message>
        <source>expected a lower-case UUID</source>
        <translation>UUID in Kleinbuchstaben erwartet</translation>
    </message>
    <message>
        <source>expected a colour &quot;#rrggbb&quot;</source>
        <translation>Farbe im Format „#rrggbb“ erwartet</translation>
    </message>
    <message>
        <source>expected a date</source>
        <translation>Datum erwartet</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD</source>
        <translation>Datum im Format JJJJ-MM-TT erwartet</translation>
    </message>
    <message>
        <source>expected a date and time</source>
        <translation>Datum und Uhrzeit erwartet</translation>
    </message>
    <message>
        <source>expected an ISO 8601 date and time</source>
        <translation>Datum und Uhrzeit nach ISO 8601 erwartet</translation>
    </message>
    <message>
        <source>expected binary data</source>
        <translation>Binärdaten erwartet</translation>
    </message>
    <message>
        <source>data larger than %1 bytes</source>
        <translation>Daten größer als %1 Byte</translation>
    </message>
    <message>
        <source>expected a JSON list of text</source>
        <translation>JSON-Liste mit Texten erwartet</translation>
    </message>
    <message>
        <source>unknown field type</source>
        <translation>unbekannter Feldtyp</translation>
    </message>
</context>
<context>
    <name>cjm::FindBar</name>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <source>Titles, descriptions, insights</source>
        <translation>Titel, Beschreibungen, Erkenntnisse</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Find the previous match (Shift+Enter)</source>
        <translation>Vorherigen Treffer suchen (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Find the next match (Enter)</source>
        <translation>Nächsten Treffer suchen (Eingabe)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>%1 of %2 — %3</source>
        <translation>%1 von %2 — %3</translation>
    </message>
</context>
<context>
    <name>cjm::ImageDropper</name>
    <message>
        <source>Could not read the image %1: %2</source>
        <translation>Das Bild %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not encode the image %1.</source>
        <translation>Das Bild %1 konnte nicht kodiert werden.</translation>
    </message>
    <message>
        <source>The project is read-only.</source>
        <translation>Das Projekt ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>There is no image to add.</source>
        <translation>Es gibt kein Bild zum Hinzufügen.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n images to touchpoint</source>
        <translation>
            <numerusform>%n Bild zum Touchpoint hinzufügen</numerusform>
            <numerusform>%n Bilder zum Touchpoint hinzufügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::ImportFragment</name>
    <message>
        <source>link %1 %2 → %3 already exists</source>
        <translation>Verknüpfung %1 %2 → %3 existiert bereits</translation>
    </message>
</context>
<context>
    <name>cjm::ImportSurvey</name>
    <message>
        <source>Import survey %1</source>
        <translation>Umfrage %1 importieren</translation>
    </message>
</context>
<context>
    <name>cjm::InsertFragment</name>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>the pasted link from %1 to %2 exists already</source>
        <translation>Die eingefügte Verknüpfung von %1 zu %2 existiert bereits</translation>
    </message>
</context>
<context>
    <name>cjm::InspectorDock</name>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Kein Projekt geöffnet.</translation>
    </message>
    <message>
        <source>Select items of one kind to edit them together.</source>
        <translation>Wählen Sie Elemente einer Art aus, um sie gemeinsam zu bearbeiten.</translation>
    </message>
</context>
<context>
    <name>cjm::JourneyCanvas</name>
    <message>
        <source>&amp;Journey:</source>
        <translation>&amp;Journey:</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Zoom to fit the whole map</source>
        <translation>Zoomen, sodass die gesamte Journey Map sichtbar ist</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>Zoom to actual size</source>
        <translation>Auf Originalgröße zoomen</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>(untitled journey)</source>
        <translation>(unbenannte Journey)</translation>
    </message>
    <message>
        <source>This project has no journeys yet.</source>
        <translation>Dieses Projekt enthält noch keine Journeys.</translation>
    </message>
    <message>
        <source>No project is open.
Create one with File ▸ New, open a project file with File ▸ Open…, or drop a .cjm file here.</source>
        <translation>Kein Projekt geöffnet.
Legen Sie mit Datei ▸ Neu ein Projekt an, öffnen Sie mit Datei ▸ Öffnen… eine Projektdatei oder ziehen Sie eine .cjm-Datei hierher.</translation>
    </message>
</context>
<context>
    <name>cjm::Labels</name>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key Account</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>As-is</source>
        <translation>Ist-Zustand</translation>
    </message>
    <message>
        <source>To-be</source>
        <translation>Soll-Zustand</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Researched</source>
        <translation>Recherchiert</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validiert</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Social Media</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Ladengeschäft</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>Self-service</source>
        <translation>Self-Service</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Human</source>
        <translation>Menschlich</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>Physisch</translation>
    </message>
    <message>
        <source>Digital</source>
        <translation>Digital</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Annahme</translation>
    </message>
    <message>
        <source>Partly data-backed</source>
        <translation>Teilweise datengestützt</translation>
    </message>
    <message>
        <source>Research-based</source>
        <translation>Forschungsbasiert</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Service process</source>
        <translation>Serviceprozess</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Platform / system</source>
        <translation>Plattform / System</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>very negative</source>
        <translation>sehr negativ</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negativ</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positiv</translation>
    </message>
    <message>
        <source>very positive</source>
        <translation>sehr positiv</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
</context>
<context>
    <name>cjm::LanesDock</name>
    <message>
        <source>Lanes</source>
        <translation>Bahnen</translation>
    </message>
    <message>
        <source>Move the lane up</source>
        <translation>Bahn nach oben verschieben</translation>
    </message>
    <message>
        <source>Move the lane down</source>
        <translation>Bahn nach unten verschieben</translation>
    </message>
    <message>
        <source>The journey shown has no lanes to arrange.</source>
        <translation>Die angezeigte Journey hat keine Bahnen zum Anordnen.</translation>
    </message>
    <message>
        <source>Lanes of the journey shown, top to bottom:</source>
        <translation>Bahnen der angezeigten Journey, von oben nach unten:</translation>
    </message>
</context>
<context>
    <name>cjm::LanguageLoader</name>
    <message>
        <source>unknown language &quot;%1&quot;; the languages are: %2</source>
        <translation>unbekannte Sprache „%1“; verfügbare Sprachen: %2</translation>
    </message>
    <message>
        <source>the translation into &quot;%1&quot; is missing from this build</source>
        <translation>die Übersetzung für „%1“ fehlt in diesem Build</translation>
    </message>
</context>
<context>
    <name>cjm::LinkEntities</name>
    <message>
        <source>%1 %2 is already linked to %3 %4</source>
        <translation>%1 %2 ist bereits mit %3 %4 verknüpft</translation>
    </message>
    <message>
        <source>Add persona to journey</source>
        <translation>Persona zur Journey hinzufügen</translation>
    </message>
    <message>
        <source>Add image to touchpoint</source>
        <translation>Bild zum Touchpoint hinzufügen</translation>
    </message>
    <message>
        <source>Link opportunity to pain point</source>
        <translation>Verbesserungsmöglichkeit mit Pain Point verknüpfen</translation>
    </message>
    <message>
        <source>Link opportunity to touchpoint</source>
        <translation>Verbesserungsmöglichkeit mit Touchpoint verknüpfen</translation>
    </message>
    <message>
        <source>Link insight to touchpoint</source>
        <translation>Erkenntnis mit Touchpoint verknüpfen</translation>
    </message>
    <message>
        <source>Link insight to pain point</source>
        <translation>Erkenntnis mit Pain Point verknüpfen</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verknüpfen</translation>
    </message>
</context>
<context>
    <name>cjm::MainWindow</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Start a new project</source>
        <translation>Ein neues Projekt beginnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>Eine Projektdatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the project to its file</source>
        <translation>Das Projekt in seiner Datei speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the project under another name</source>
        <translation>Das Projekt unter einem anderen Namen speichern</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Close the project</source>
        <translation>Das Projekt schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Rückgängig-Verlauf</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Journey Studio</source>
        <translation>Ü&amp;ber Journey Studio</translation>
    </message>
    <message>
        <source>About Journey Studio</source>
        <translation>Über Journey Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Journey Studio %1&lt;/h3&gt;&lt;p&gt;Customer-experience journey mapping.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Journey Studio %1&lt;/h3&gt;&lt;p&gt;Customer Journey Mapping für die Customer Experience.&lt;/p&gt;&lt;p&gt;Freie Software unter der GNU General Public License, Version 3 oder höher.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Journey Studio projects (*.cjm)</source>
        <translation>Journey-Studio-Projekte (*.cjm)</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Unbenanntes Projekt</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>no file name to save to</source>
        <translation>kein Dateiname zum Speichern angegeben</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Recovered unsaved changes: save the project to keep them.</source>
        <translation>Ungespeicherte Änderungen wiederhergestellt: Speichern Sie das Projekt, um sie zu behalten.</translation>
    </message>
    <message>
        <source>Change Not Saved</source>
        <translation>Änderung nicht gespeichert</translation>
    </message>
    <message>
        <source>the project has unsaved changes</source>
        <translation>das Projekt hat ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing it?</source>
        <translation>Änderungen an „%1“ vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Ihre Änderungen gehen verloren, wenn Sie sie nicht speichern.</translation>
    </message>
    <message>
        <source>Journey Studio</source>
        <translation>Journey Studio</translation>
    </message>
    <message>
        <source>%1 [read-only]</source>
        <translation>%1 [schreibgeschützt]</translation>
    </message>
    <message>
        <source>%1[*] — Journey Studio</source>
        <translation>%1[*] — Journey Studio</translation>
    </message>
    <message>
        <source>Journeys: %1   Stages: %2   Touchpoints: %3</source>
        <translation>Journeys: %1   Phasen: %2   Touchpoints: %3</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export the journey map as PDF, SVG or PNG</source>
        <translation>Die Journey Map als PDF, SVG oder PNG exportieren</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print the journey map</source>
        <translation>Die Journey Map drucken</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find titles, descriptions and insights</source>
        <translation>Titel, Beschreibungen und Erkenntnisse suchen</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Einstellun&amp;gen…</translation>
    </message>
    <message>
        <source>Import &amp;Survey Data…</source>
        <translation>&amp;Umfragedaten importieren…</translation>
    </message>
    <message>
        <source>Import NPS, CSAT and CES answers from a survey export</source>
        <translation>NPS-, CSAT- und CES-Antworten aus einem Umfrage-Export importieren</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>&amp;Edit Title</source>
        <translation>Titel &amp;bearbeiten</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Add &amp;Journey</source>
        <translation>&amp;Journey hinzufügen</translation>
    </message>
    <message>
        <source>Add an empty journey with every lane to the project</source>
        <translation>Dem Projekt eine leere Journey mit allen Bahnen hinzufügen</translation>
    </message>
    <message>
        <source>Journey 1</source>
        <translation>Journey 1</translation>
    </message>
    <message>
        <source>Journey %1</source>
        <translation>Journey %1</translation>
    </message>
    <message>
        <source>Add Journey</source>
        <translation>Journey hinzufügen</translation>
    </message>
    <message>
        <source>Export &amp;Data…</source>
        <translation>&amp;Daten exportieren…</translation>
    </message>
    <message>
        <source>Write the project as JSON, its tables as CSV or XLSX, or the journey as Mermaid</source>
        <translation>Das Projekt als JSON, seine Tabellen als CSV oder XLSX oder die Journey als Mermaid schreiben</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Add a Journey Studio JSON export or a Mermaid journey diagram to the project</source>
        <translation>Einen JSON-Export von Journey Studio oder ein Mermaid-Journey-Diagramm zum Projekt hinzufügen</translation>
    </message>
</context>
<context>
    <name>cjm::MapClipboard</name>
    <message>
        <source>Cut</source>
        <translation>Ausschneiden</translation>
    </message>
    <message>
        <source>The project is read-only.</source>
        <translation>Das Projekt ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The clipboard holds nothing to paste onto a journey map.</source>
        <translation>Die Zwischenablage enthält nichts, was auf eine Journey Map eingefügt werden kann.</translation>
    </message>
</context>
<context>
    <name>cjm::MapContent</name>
    <message>
        <source>%1 · %2</source>
        <extracomment>risk level and score (severity × likelihood) of a pain point, e.g. &quot;High · 12&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1% affected</source>
        <extracomment>share of customers a pain point affects</extracomment>
        <translation>%1 % betroffen</translation>
    </message>
    <message>
        <source>Impact %1 · Effort %2</source>
        <extracomment>ratings of an improvement action, 1..5 each</extracomment>
        <translation>Wirkung %1 · Aufwand %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>an insight quoted on the map, in the language&apos;s quotation marks</extracomment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source>n = %1</source>
        <extracomment>sample size of a measurement</extracomment>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <source>Customer actions</source>
        <translation>Kundenaktionen</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Gedanken</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Pain Points</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Verbesserungsmöglichkeiten</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>Backstage</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Social Media</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>Data point</source>
        <translation>Datenpunkt</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Umfrage</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>Employee feedback</source>
        <translation>Mitarbeiterfeedback</translation>
    </message>
    <message>
        <source>Operational data</source>
        <translation>Betriebsdaten</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>✓ %1 · target %2</source>
        <translation>✓ %1 · Zielwert %2</translation>
    </message>
    <message>
        <source>✗ %1 · target %2</source>
        <translation>✗ %1 · Zielwert %2</translation>
    </message>
</context>
<context>
    <name>cjm::MapDragGesture</name>
    <message numerus="yes">
        <source>Move %n touchpoints</source>
        <translation>
            <numerusform>%n Touchpoint verschieben</numerusform>
            <numerusform>%n Touchpoints verschieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::MapExporter</name>
    <message>
        <source>the journey to export does not exist</source>
        <translation>Die zu exportierende Journey existiert nicht</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot write the PDF: %1</source>
        <translation>Das PDF kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>Das PDF kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>Der Export wurde abgebrochen</translation>
    </message>
    <message>
        <source>cannot add a page</source>
        <translation>Es kann keine Seite hinzugefügt werden</translation>
    </message>
    <message>
        <source>%1 – page %2 of %3 (row %4, column %5)</source>
        <translation>%1 – Seite %2 von %3 (Zeile %4, Spalte %5)</translation>
    </message>
    <message>
        <source>Journey map exported by Journey Studio</source>
        <translation>Journey Map exportiert mit Journey Studio</translation>
    </message>
    <message>
        <source>cannot start the SVG</source>
        <translation>Das SVG kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>not enough memory for an image of %1 × %2 pixels</source>
        <translation>Nicht genug Speicher für ein Bild mit %1 × %2 Pixeln</translation>
    </message>
    <message>
        <source>cannot write the PNG: %1</source>
        <translation>Das PNG kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>cjm::MapInserter</name>
    <message>
        <source>Add lane</source>
        <translation>Bahn hinzufügen</translation>
    </message>
</context>
<context>
    <name>cjm::MapPrinter</name>
    <message>
        <source>Journey map</source>
        <translation>Journey Map</translation>
    </message>
    <message>
        <source>The printer cannot be started.</source>
        <translation>Der Drucker kann nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Print Map</source>
        <translation>Map drucken</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Druckvorschau</translation>
    </message>
</context>
<context>
    <name>cjm::MapView</name>
    <message>
        <source>&amp;Add Here</source>
        <translation>&amp;Hier hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>&amp;Phase</translation>
    </message>
    <message>
        <source>&amp;Touchpoint</source>
        <translation>&amp;Touchpoint</translation>
    </message>
    <message>
        <source>&amp;Pain Point</source>
        <translation>P&amp;ain Point</translation>
    </message>
    <message>
        <source>&amp;Opportunity</source>
        <translation>&amp;Verbesserungsmöglichkeit</translation>
    </message>
    <message>
        <source>&amp;Insight</source>
        <translation>&amp;Erkenntnis</translation>
    </message>
    <message>
        <source>Text &amp;Lane</source>
        <translation>Text&amp;bahn</translation>
    </message>
    <message>
        <source>&amp;Edit Title</source>
        <translation>Titel &amp;bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
</context>
<context>
    <name>cjm::MermaidJourneyReader</name>
    <message>
        <source>line 1: the text is not valid Unicode</source>
        <translation>Zeile 1: Der Text ist kein gültiges Unicode</translation>
    </message>
    <message>
        <source>line 1: diagrams beginning with --- are not valid: the front matter has no closing --- line at the start of a line</source>
        <translation>Zeile 1: Diagramme, die mit --- beginnen, sind ungültig: Dem Front Matter fehlt eine schließende Zeile --- am Zeilenanfang</translation>
    </message>
    <message>
        <source>line 1: the text is empty: a Mermaid journey starts with &quot;journey&quot;</source>
        <translation>Zeile 1: Der Text ist leer: Eine Mermaid-Journey beginnt mit „journey“</translation>
    </message>
    <message>
        <source>line %1: no diagram type detected: a Mermaid journey starts with &quot;journey&quot; in lower case, not &quot;%2&quot;</source>
        <translation>Zeile %1: Kein Diagrammtyp erkannt: Eine Mermaid-Journey beginnt mit „journey“ in Kleinbuchstaben, nicht „%2“</translation>
    </message>
    <message>
        <source>line %1: expected &quot;journey&quot;, found &quot;%2&quot;</source>
        <translation>Zeile %1: „journey“ erwartet, „%2“ gefunden</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source> (the old &quot;accDescription&quot; syntax is not accepted any more: write &quot;accDescr: text&quot;)</source>
        <translation> (die alte „accDescription“-Syntax wird nicht mehr akzeptiert: schreiben Sie „accDescr: text“)</translation>
    </message>
    <message>
        <source> (&quot;//&quot; is not a comment in Mermaid: use &quot;%%&quot;)</source>
        <translation> („//“ ist in Mermaid kein Kommentar: verwenden Sie „%%“)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a task: a task is &quot;name: score&quot; or &quot;name: score: actors&quot;%2</source>
        <translation>„%1“ ist keine Aufgabe: Eine Aufgabe ist „name: score“ oder „name: score: actors“%2</translation>
    </message>
    <message>
        <source>&quot;journey&quot; may only start the diagram</source>
        <translation>„journey“ darf nur am Anfang des Diagramms stehen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no task name before it</source>
        <translation>Vor „%1“ steht kein Aufgabenname</translation>
    </message>
    <message>
        <source>a &quot;:&quot; with nothing after it</source>
        <translation>ein „:“, auf das nichts folgt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed here (&quot;;&quot; does not separate statements in a journey)</source>
        <translation>„%1“ ist hier nicht erlaubt („;“ trennt in einer Journey keine Anweisungen)</translation>
    </message>
    <message>
        <source>line %1, task &quot;%2&quot;</source>
        <translation>Zeile %1, Aufgabe „%2“</translation>
    </message>
    <message>
        <source>%1: score &quot;%2&quot; is not a number; emotion set to neutral</source>
        <translation>%1: Wert „%2“ ist keine Zahl; Emotion auf neutral gesetzt</translation>
    </message>
    <message>
        <source>%1: score %2 is outside 1..5; imported as %3</source>
        <translation>%1: Wert %2 liegt außerhalb von 1..5; als %3 importiert</translation>
    </message>
    <message>
        <source>%1: score %2 is not a whole number; imported as %3</source>
        <translation>%1: Wert %2 ist keine ganze Zahl; als %3 importiert</translation>
    </message>
    <message>
        <source>accessibility title &quot;%1&quot; (the journey is named after the title)</source>
        <translation>Barrierefreiheitstitel „%1“ (die Journey wird nach dem Titel benannt)</translation>
    </message>
    <message>
        <source>Imported journey</source>
        <translation>Importierte Journey</translation>
    </message>
    <message>
        <source>line %1, task &quot;%2&quot;: text after the actors&apos; &quot;:&quot; is ignored (as Mermaid does)</source>
        <translation>Zeile %1, Aufgabe „%2“: Text nach dem „:“ der Akteure wird ignoriert (wie in Mermaid)</translation>
    </message>
    <message numerus="yes">
        <source>actors per task (%n task(s) name only some actors, lines %1): every actor became a persona of the whole journey</source>
        <translation>
            <numerusform>Akteure pro Aufgabe (%n Aufgabe nennt nur einige Akteure, Zeilen %1): Jeder Akteur wurde zu einer Persona der gesamten Journey</numerusform>
            <numerusform>Akteure pro Aufgabe (%n Aufgaben nennen nur einige Akteure, Zeilen %1): Jeder Akteur wurde zu einer Persona der gesamten Journey</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::MetricChart</name>
    <message>
        <source>Import Survey Data…</source>
        <translation>Umfragedaten importieren…</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Export this chart as a PNG image</source>
        <translation>Dieses Diagramm als PNG-Bild exportieren</translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <source>Export this chart as an SVG drawing</source>
        <translation>Dieses Diagramm als SVG-Zeichnung exportieren</translation>
    </message>
    <message>
        <source>There is no chart to export yet.</source>
        <translation>Es gibt noch kein Diagramm zum Exportieren.</translation>
    </message>
    <message>
        <source>Cannot write the image %1.</source>
        <translation>Das Bild %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot write the drawing %1.</source>
        <translation>Die Zeichnung %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Als SVG exportieren…</translation>
    </message>
</context>
<context>
    <name>cjm::MetricsDock</name>
    <message>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
</context>
<context>
    <name>cjm::MetricsSnapshot</name>
    <message>
        <source>segment: %1</source>
        <translation>Segment: %1</translation>
    </message>
    <message>
        <source>(removed persona)</source>
        <translation>(entfernte Persona)</translation>
    </message>
</context>
<context>
    <name>cjm::MetricsView</name>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>Segment:</translation>
    </message>
    <message>
        <source>Trend by:</source>
        <translation>Trend nach:</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Alle Segmente</translation>
    </message>
    <message>
        <source>Open a project to see its metrics.</source>
        <translation>Öffnen Sie ein Projekt, um seine Kennzahlen zu sehen.</translation>
    </message>
    <message>
        <source>The survey figures cannot be read: %1</source>
        <translation>Die Umfragewerte können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>NPS %1</source>
        <translation>NPS %1</translation>
    </message>
    <message>
        <source>CSAT %1 % (n = %2)</source>
        <translation>CSAT %1 % (n = %2)</translation>
    </message>
    <message>
        <source>CES %1 (n = %2)</source>
        <translation>CES %1 (n = %2)</translation>
    </message>
    <message>
        <source>No survey answers for this selection.</source>
        <translation>Keine Umfrageantworten für diese Auswahl.</translation>
    </message>
</context>
<context>
    <name>cjm::Migrator</name>
    <message>
        <source>schema version %1 is newer than %2</source>
        <translation>Schemaversion %1 ist neuer als %2</translation>
    </message>
    <message>
        <source>cannot start the migration</source>
        <translation>die Migration kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>no migration from schema version %1</source>
        <translation>keine Migration von Schemaversion %1 vorhanden</translation>
    </message>
    <message>
        <source>migrating from schema version %1 failed: %2</source>
        <translation>Migration von Schemaversion %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>cannot finish the migration</source>
        <translation>die Migration kann nicht abgeschlossen werden</translation>
    </message>
</context>
<context>
    <name>cjm::MoveInsight</name>
    <message>
        <source>Move insight</source>
        <translation>Erkenntnis verschieben</translation>
    </message>
</context>
<context>
    <name>cjm::MoveOpportunity</name>
    <message>
        <source>Move opportunity</source>
        <translation>Verbesserungsmöglichkeit verschieben</translation>
    </message>
</context>
<context>
    <name>cjm::MovePainPoint</name>
    <message>
        <source>Move pain point</source>
        <translation>Pain Point verschieben</translation>
    </message>
</context>
<context>
    <name>cjm::MoveTouchpoint</name>
    <message>
        <source>Move touchpoint</source>
        <translation>Touchpoint verschieben</translation>
    </message>
    <message>
        <source>a touchpoint can only move within its journey</source>
        <translation>ein Touchpoint kann nur innerhalb seiner Journey verschoben werden</translation>
    </message>
</context>
<context>
    <name>cjm::MutationCommand</name>
    <message>
        <source>The project is read-only.</source>
        <translation>Das Projekt ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>invalid command</source>
        <translation>ungültige Aktion</translation>
    </message>
</context>
<context>
    <name>cjm::MutationWriter</name>
    <message>
        <source>writing to the project failed: %1</source>
        <translation>Schreiben in das Projekt fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>unknown change</source>
        <translation>unbekannte Änderung</translation>
    </message>
    <message>
        <source>unknown field %1</source>
        <translation>unbekanntes Feld %1</translation>
    </message>
    <message>
        <source>this kind of item cannot be moved</source>
        <translation>diese Art von Element kann nicht verschoben werden</translation>
    </message>
</context>
<context>
    <name>cjm::NpsBreakdownChart</name>
    <message>
        <source>Promoters, passives and detractors</source>
        <translation>Promotoren, Passive und Detraktoren</translation>
    </message>
    <message>
        <source>By stage</source>
        <translation>Nach Phase</translation>
    </message>
    <message>
        <source>By segment</source>
        <translation>Nach Segment</translation>
    </message>
    <message>
        <source>Detractors (0–6)</source>
        <translation>Detraktoren (0–6)</translation>
    </message>
    <message>
        <source>Passives (7–8)</source>
        <translation>Passive (7–8)</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>Promotoren (9–10)</translation>
    </message>
    <message>
        <source>%1 (NPS %2, n = %3)</source>
        <translation>%1 (NPS %2, n = %3)</translation>
    </message>
    <message>
        <source>small sample</source>
        <translation>kleine Stichprobe</translation>
    </message>
    <message>
        <source>No survey answers for this journey yet. Import survey data (File ▸ Import Survey Data…) to compare promoters and detractors.</source>
        <translation>Für diese Journey gibt es noch keine Umfrageantworten. Importieren Sie Umfragedaten (Datei ▸ Umfragedaten importieren…), um Promotoren und Detraktoren zu vergleichen.</translation>
    </message>
    <message>
        <source>No NPS answers scoped to a stage or touchpoint of this journey. Try “By segment”.</source>
        <translation>Keine NPS-Antworten, die einer Phase oder einem Touchpoint dieser Journey zugeordnet sind. Versuchen Sie „Nach Segment“.</translation>
    </message>
    <message>
        <source>No NPS answers with a segment. Map a segment column when importing survey data.</source>
        <translation>Keine NPS-Antworten mit Segment. Ordnen Sie beim Importieren der Umfragedaten eine Segmentspalte zu.</translation>
    </message>
    <message>
        <source>bars resting on fewer than %1 answers: %2</source>
        <translation>Balken, die auf weniger als %1 Antworten beruhen: %2</translation>
    </message>
</context>
<context>
    <name>cjm::NpsTrendChart</name>
    <message>
        <source>NPS trend against target</source>
        <translation>NPS-Trend im Vergleich zum Zielwert</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>30+ answers</source>
        <translation>30+ Antworten</translation>
    </message>
    <message>
        <source>Small sample</source>
        <translation>Kleine Stichprobe</translation>
    </message>
    <message>
        <source>No NPS answers with a date in this journey. Map an NPS column and a date column when importing survey data.</source>
        <translation>Keine NPS-Antworten mit Datum in dieser Journey. Ordnen Sie beim Importieren der Umfragedaten eine NPS-Spalte und eine Datumsspalte zu.</translation>
    </message>
    <message>
        <source>No survey answers for this journey yet. Import survey data (File ▸ Import Survey Data…) to see the NPS trend.</source>
        <translation>Für diese Journey gibt es noch keine Umfrageantworten. Importieren Sie Umfragedaten (Datei ▸ Umfragedaten importieren…), um den NPS-Trend zu sehen.</translation>
    </message>
    <message>
        <source>95 % margin of error</source>
        <translation>95 % Fehlertoleranz</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Zielwert %1</translation>
    </message>
    <message>
        <source>hollow points: periods with fewer than %1 answers</source>
        <translation>hohle Punkte: Zeiträume mit weniger als %1 Antworten</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;n = %2</source>
        <translation>%1&lt;br&gt;n = %2</translation>
    </message>
</context>
<context>
    <name>cjm::PaletteDock</name>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Drag onto the map to add where it lands; double-click or press Enter to add after the selection.</source>
        <translation>Auf die Map ziehen, um dort hinzuzufügen, wo es abgelegt wird; Doppelklick oder Eingabe fügt nach der Auswahl hinzu.</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <source>Cards and lanes</source>
        <translation>Karten und Bahnen</translation>
    </message>
</context>
<context>
    <name>cjm::PaletteItem</name>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Touchpoint: %1</source>
        <translation>Touchpoint: %1</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>Pain Point</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Verbesserungsmöglichkeit</translation>
    </message>
    <message>
        <source>Insight</source>
        <translation>Erkenntnis</translation>
    </message>
    <message>
        <source>Text lane</source>
        <translation>Textbahn</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Neue Phase</translation>
    </message>
    <message>
        <source>New touchpoint</source>
        <translation>Neuer Touchpoint</translation>
    </message>
    <message>
        <source>New pain point</source>
        <translation>Neuer Pain Point</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>Neue Verbesserungsmöglichkeit</translation>
    </message>
    <message>
        <source>New insight</source>
        <translation>Neue Erkenntnis</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>cjm::PeriodBucket</name>
    <message>
        <source>Week %1, %2</source>
        <comment>ISO week number, ISO year</comment>
        <translation>KW %1/%2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month name, year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <comment>quarter number, year</comment>
        <translation>Q%1 %2</translation>
    </message>
</context>
<context>
    <name>cjm::PersonasDock</name>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a persona</source>
        <translation>Eine Persona hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the persona and its links to journeys</source>
        <translation>Die Persona und ihre Verknüpfungen zu Journeys entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose an image file for the persona&apos;s photo</source>
        <translation>Eine Bilddatei für das Foto der Persona auswählen</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>The journeys this persona takes</source>
        <translation>Die Journeys dieser Persona</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Journeys</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Kein Foto</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Neue Persona</translation>
    </message>
    <message>
        <source>Choose Photo</source>
        <translation>Foto auswählen</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Bilder (%1)</translation>
    </message>
    <message>
        <source>Choose a persona first.</source>
        <translation>Wählen Sie zuerst eine Persona aus.</translation>
    </message>
    <message>
        <source>The project is read-only.</source>
        <translation>Das Projekt ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>%1: not an image this program can read (%2)</source>
        <translation>%1: kein Bild, das dieses Programm lesen kann (%2)</translation>
    </message>
    <message>
        <source>Set persona photo</source>
        <translation>Foto der Persona festlegen</translation>
    </message>
    <message>
        <source>Add image</source>
        <translation>Bild hinzufügen</translation>
    </message>
</context>
<context>
    <name>cjm::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The language changes the next time Journey Studio starts.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von Journey Studio.</translation>
    </message>
    <message>
        <source>Map &amp;theme:</source>
        <translation>Map-&amp;Theme:</translation>
    </message>
</context>
<context>
    <name>cjm::PresentationLauncher</name>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Präsentieren</translation>
    </message>
    <message>
        <source>Present &amp;On</source>
        <translation>Präsentieren &amp;auf</translation>
    </message>
    <message>
        <source>Show the journey full screen, stage by stage, for a workshop</source>
        <translation>Die Journey im Vollbild zeigen, Phase für Phase, für einen Workshop</translation>
    </message>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation>%1 (%2 × %3)</translation>
    </message>
</context>
<context>
    <name>cjm::PresentationWindow</name>
    <message>
        <source>Presentation</source>
        <translation>Präsentation</translation>
    </message>
    <message>
        <source>This journey has nothing to show yet.</source>
        <translation>Diese Journey hat noch nichts zu zeigen.</translation>
    </message>
    <message>
        <source>Stage %1 of %2 · %3</source>
        <translation>Phase %1 von %2 · %3</translation>
    </message>
    <message>
        <source>Whole journey · %1 stages</source>
        <translation>Ganze Journey · %1 Phasen</translation>
    </message>
    <message>
        <source>What did the room say? Enter adds it to “%1”, Esc cancels.</source>
        <translation>Was hat die Runde gesagt? Eingabe fügt es zu „%1“ hinzu, Esc bricht ab.</translation>
    </message>
    <message>
        <source>What did the room say? Enter adds it to the stage “%1”, Esc cancels.</source>
        <translation>Was hat die Runde gesagt? Eingabe fügt es zur Phase „%1“ hinzu, Esc bricht ab.</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
</context>
<context>
    <name>cjm::PresenterView</name>
    <message>
        <source>Presenter view</source>
        <translation>Referentenansicht</translation>
    </message>
    <message>
        <source>No facilitator notes for this stage.</source>
        <translation>Keine Moderationsnotizen für diese Phase.</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Jetzt: %1</translation>
    </message>
    <message>
        <source>Now: the whole journey</source>
        <translation>Jetzt: die ganze Journey</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>Next: end of the presentation</source>
        <translation>Als Nächstes: Ende der Präsentation</translation>
    </message>
</context>
<context>
    <name>cjm::ProjectFile</name>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>not a Journey Studio project (not an SQLite database)</source>
        <translation>kein Journey-Studio-Projekt (keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <source>not a Journey Studio project (application id %1)</source>
        <translation>kein Journey-Studio-Projekt (Anwendungs-ID %1)</translation>
    </message>
    <message>
        <source>the file is corrupt (bad page size)</source>
        <translation>die Datei ist beschädigt (ungültige Seitengröße)</translation>
    </message>
    <message>
        <source>the file is truncated: %1 of %2 bytes</source>
        <translation>die Datei ist abgeschnitten: %1 von %2 Byte</translation>
    </message>
    <message>
        <source>the file is corrupt and cannot be read</source>
        <translation>die Datei ist beschädigt und kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the file is corrupt: %1</source>
        <translation>die Datei ist beschädigt: %1</translation>
    </message>
    <message>
        <source>the file&apos;s references cannot be checked</source>
        <translation>die Verweise der Datei können nicht geprüft werden</translation>
    </message>
    <message>
        <source>dangling reference: a row of table %1 refers to a missing %2</source>
        <translation>verwaister Verweis: eine Zeile der Tabelle %1 verweist auf einen fehlenden Eintrag in %2</translation>
    </message>
    <message>
        <source>not a Journey Studio project (schema version %1)</source>
        <translation>kein Journey-Studio-Projekt (Schemaversion %1)</translation>
    </message>
    <message>
        <source>cannot start writing the project</source>
        <translation>das Schreiben des Projekts kann nicht beginnen</translation>
    </message>
    <message>
        <source>cannot finish writing the project</source>
        <translation>das Schreiben des Projekts kann nicht abgeschlossen werden</translation>
    </message>
</context>
<context>
    <name>cjm::ProjectImport</name>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>Die Datei ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
</context>
<context>
    <name>cjm::ProjectJsonReader</name>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>kein gültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>$: expected an object</source>
        <translation>$: Objekt erwartet</translation>
    </message>
    <message>
        <source>$.format: expected &quot;%1&quot;; this is not a Journey Studio project export</source>
        <translation>$.format: „%1“ erwartet; dies ist kein Projektexport von Journey Studio</translation>
    </message>
    <message>
        <source>$.version: expected a number</source>
        <translation>$.version: Zahl erwartet</translation>
    </message>
    <message>
        <source>$.version: version %1 is not supported (this Journey Studio reads version %2)</source>
        <translation>$.version: Version %1 wird nicht unterstützt (dieses Journey Studio liest Version %2)</translation>
    </message>
    <message>
        <source>expected an integer, got %1</source>
        <translation>Ganzzahl erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>Zahl erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>Zeichenkette erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>expected a UUID string or null, got %1</source>
        <translation>UUID-Zeichenkette oder null erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>true oder false erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>expected base64 text, got %1</source>
        <translation>Base64-Text erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>not valid base64</source>
        <translation>kein gültiges Base64</translation>
    </message>
    <message>
        <source>expected an array of strings, got %1</source>
        <translation>Array von Zeichenketten erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>expected an array of strings, found %1 in it</source>
        <translation>Array von Zeichenketten erwartet, darin %1 gefunden</translation>
    </message>
    <message>
        <source>unknown field type</source>
        <translation>unbekannter Feldtyp</translation>
    </message>
    <message>
        <source>$.links: expected an array, got %1</source>
        <translation>$.links: Array erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>%1: expected an object, got %2</source>
        <translation>%1: Objekt erwartet, %2 erhalten</translation>
    </message>
    <message>
        <source>%1.kind: unknown link kind &quot;%2&quot;</source>
        <translation>%1.kind: unbekannte Verknüpfungsart „%2“</translation>
    </message>
    <message>
        <source>expected a UUID</source>
        <translation>UUID erwartet</translation>
    </message>
    <message>
        <source>%1.position: %2</source>
        <translation>%1.position: %2</translation>
    </message>
    <message>
        <source>%1: dangling link: %2</source>
        <translation>%1: verwaiste Verknüpfung: %2</translation>
    </message>
    <message>
        <source>%1: the same link is given twice</source>
        <translation>%1: Dieselbe Verknüpfung ist doppelt angegeben</translation>
    </message>
    <message>
        <source>%1: unknown reference: %2</source>
        <translation>%1: unbekannter Verweis: %2</translation>
    </message>
</context>
<context>
    <name>cjm::ProjectLoader</name>
    <message>
        <source>table %1 holds a value that is too large (over 16 MiB)</source>
        <translation>Tabelle %1 enthält einen zu großen Wert (über 16 MiB)</translation>
    </message>
    <message>
        <source>table %1 cannot be read: %2</source>
        <translation>Tabelle %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <source>column %1: the id is missing</source>
        <translation>Spalte %1: die ID fehlt</translation>
    </message>
    <message>
        <source>table project is empty: the file has no project</source>
        <translation>Tabelle project ist leer: die Datei enthält kein Projekt</translation>
    </message>
    <message>
        <source>table project: %1</source>
        <translation>Tabelle project: %1</translation>
    </message>
    <message>
        <source>table project holds more than one project</source>
        <translation>Tabelle project enthält mehr als ein Projekt</translation>
    </message>
    <message>
        <source>table %1: a link end is not a UUID</source>
        <translation>Tabelle %1: ein Ende einer Verknüpfung ist keine UUID</translation>
    </message>
    <message>
        <source>table %1, column position: %2</source>
        <translation>Tabelle %1, Spalte position: %2</translation>
    </message>
    <message>
        <source>table %1, row %2: its stage is not the stage of its touchpoint</source>
        <translation>Tabelle %1, Zeile %2: die Phase stimmt nicht mit der Phase des Touchpoints überein</translation>
    </message>
    <message>
        <source>table metric, row %1: the scale&apos;s minimum is not below its maximum</source>
        <translation>Tabelle metric, Zeile %1: das Minimum der Skala liegt nicht unter ihrem Maximum</translation>
    </message>
    <message>
        <source>table %1 holds %2 rows with values of the wrong type or range</source>
        <translation>Tabelle %1 enthält %2 Zeilen mit Werten vom falschen Typ oder außerhalb des Wertebereichs</translation>
    </message>
    <message>
        <source>table %1, row %2: %3</source>
        <translation>Tabelle %1, Zeile %2: %3</translation>
    </message>
</context>
<context>
    <name>cjm::ProjectMerger</name>
    <message>
        <source>%1 &quot;%2&quot; (%3) is already in the project: imported as a copy with id %4</source>
        <translation>%1 „%2“ (%3) ist bereits im Projekt: als Kopie mit ID %4 importiert</translation>
    </message>
</context>
<context>
    <name>cjm::ProjectOutline</name>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Journeys</translation>
    </message>
    <message>
        <source>%1 — %2 customer</source>
        <translation>%1 — Kundenstufe: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 · emotion %2 (%3)</source>
        <translation>%1 · Emotion %2 (%3)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n vote(s)</source>
        <translation>
            <numerusform>%1 — %n Stimme</numerusform>
            <numerusform>%1 — %n Stimmen</numerusform>
        </translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>Pain Point</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Verbesserungsmöglichkeit</translation>
    </message>
</context>
<context>
    <name>cjm::ProjectTables</name>
    <message>
        <source>Touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>Stage no.</source>
        <translation>Phase Nr.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>Emotion to-be</source>
        <translation>Emotion Soll</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Moment of Truth</translation>
    </message>
    <message>
        <source>Customer action</source>
        <translation>Kundenaktion</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Gedanken</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>Gefühle</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>Backstage</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Pain Points</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>Pain Point</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Risk score</source>
        <translation>Risikowert</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risikostufe</translation>
    </message>
    <message>
        <source>Customers affected %</source>
        <translation>Betroffene Kunden %</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Verbesserungsmöglichkeiten</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Verbesserungsmöglichkeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>Pain points addressed</source>
        <translation>Adressierte Pain Points</translation>
    </message>
    <message>
        <source>Risk addressed</source>
        <translation>Adressiertes Risiko</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Expected change</source>
        <translation>Erwartete Veränderung</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Share of customers %</source>
        <translation>Anteil der Kunden %</translation>
    </message>
    <message>
        <source>Value per customer</source>
        <translation>Wert pro Kunde</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bedürfnisse</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Frustrationen</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Zeitraumbeginn</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Zeitraumende</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Sample size</source>
        <translation>Stichprobe</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>benutzerdefiniert</translation>
    </message>
    <message>
        <source>project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>journey: %1</source>
        <translation>Journey: %1</translation>
    </message>
    <message>
        <source>stage: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <source>touchpoint: %1</source>
        <translation>Touchpoint: %1</translation>
    </message>
    <message>
        <source>survey</source>
        <translation>Umfrage</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
</context>
<context>
    <name>cjm::RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
</context>
<context>
    <name>cjm::RefreshSurveyMeasurements</name>
    <message>
        <source>Update survey figures</source>
        <translation>Umfragewerte aktualisieren</translation>
    </message>
</context>
<context>
    <name>cjm::RemoveEntities</name>
    <message numerus="yes">
        <source>Remove %n item(s)</source>
        <translation>
            <numerusform>%n Element entfernen</numerusform>
            <numerusform>%n Elemente entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to remove</source>
        <translation>nichts zu entfernen</translation>
    </message>
    <message>
        <source>a %1 cannot be removed this way</source>
        <translation>%1 kann nicht auf diese Weise entfernt werden</translation>
    </message>
</context>
<context>
    <name>cjm::RemoveInsight</name>
    <message>
        <source>Remove insight</source>
        <translation>Erkenntnis entfernen</translation>
    </message>
</context>
<context>
    <name>cjm::RemoveJourney</name>
    <message>
        <source>Remove journey</source>
        <translation>Journey entfernen</translation>
    </message>
</context>
<context>
    <name>cjm::RemoveLane</name>
    <message>
        <source>Remove lane</source>
        <translation>Lane entfernen</translation>
    </message>
</context>
<context>
    <name>cjm::RemoveMeasurement</name>
    <message>
        <source>Remove measurement</source>
        <translation>Messwert entfernen</translation>
    </message>
</context>
<context>
    <name>cjm::RemoveMetric</name>
    <message>
        <source>Remove metric</source>
        <translation>Kennzahl entfernen</translation>
    </message>
</context>
<context>
    <name>cjm::RemoveOpportunity</name>
    <message>
        <source>Remove opportunity</source>
        <translation>Verbesserungsmöglichkeit entfernen</translation>
    </message>
</context>
<context>
    <name>cjm::RemovePainPoint</name>
    <message>
        <source>Remove pain point</source>
        <translation>Pain Point entfernen</translation>
    </message>
</context>
<context>
    <name>cjm::RemovePersona</name>
    <message>
        <source>Remove persona</source>
        <translation>Persona entfernen</translation>
    </message>
</context>
<context>
    <name>cjm::RemoveStage</name>
    <message>
        <source>Remove stage</source>
        <translation>Phase entfernen</translation>
    </message>
</context>
<context>
    <name>cjm::RemoveTouchpoint</name>
    <message>
        <source>Remove touchpoint</source>
        <translation>Touchpoint entfernen</translation>
    </message>
</context>
<context>
    <name>cjm::ReorderInsight</name>
    <message>
        <source>Move insight</source>
        <translation>Erkenntnis verschieben</translation>
    </message>
</context>
<context>
    <name>cjm::ReorderJourney</name>
    <message>
        <source>Move journey</source>
        <translation>Journey verschieben</translation>
    </message>
</context>
<context>
    <name>cjm::ReorderLane</name>
    <message>
        <source>Move lane</source>
        <translation>Lane verschieben</translation>
    </message>
</context>
<context>
    <name>cjm::ReorderMetric</name>
    <message>
        <source>Move metric</source>
        <translation>Kennzahl verschieben</translation>
    </message>
</context>
<context>
    <name>cjm::ReorderOpportunity</name>
    <message>
        <source>Move opportunity</source>
        <translation>Verbesserungsmöglichkeit verschieben</translation>
    </message>
</context>
<context>
    <name>cjm::ReorderPainPoint</name>
    <message>
        <source>Move pain point</source>
        <translation>Pain Point verschieben</translation>
    </message>
</context>
<context>
    <name>cjm::ReorderPersona</name>
    <message>
        <source>Move persona</source>
        <translation>Persona verschieben</translation>
    </message>
</context>
<context>
    <name>cjm::ReorderStage</name>
    <message>
        <source>Move stage</source>
        <translation>Phase verschieben</translation>
    </message>
</context>
<context>
    <name>cjm::ReorderTouchpoint</name>
    <message>
        <source>Move touchpoint</source>
        <translation>Touchpoint verschieben</translation>
    </message>
</context>
<context>
    <name>cjm::RiskAssessment</name>
    <message>
        <source>Low</source>
        <comment>risk level</comment>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>risk level</comment>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <comment>risk level</comment>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Critical</source>
        <comment>risk level</comment>
        <translation>Kritisch</translation>
    </message>
</context>
<context>
    <name>cjm::RiskMatrixChart</name>
    <message>
        <source>Pain-point risk matrix</source>
        <translation>Risikomatrix der Pain Points</translation>
    </message>
    <message>
        <source>This journey has no pain points yet. Add pain points to its touchpoints and rate their severity and likelihood to see the risk matrix.</source>
        <translation>Diese Journey hat noch keine Pain Points. Fügen Sie ihren Touchpoints Pain Points hinzu und bewerten Sie Schweregrad und Wahrscheinlichkeit, um die Risikomatrix zu sehen.</translation>
    </message>
    <message>
        <source>n = %1 pain points · critical %2 · high %3 · medium %4 · low %5</source>
        <translation>n = %1 Pain Points · kritisch %2 · hoch %3 · mittel %4 · niedrig %5</translation>
    </message>
</context>
<context>
    <name>cjm::RiskMatrixGrid</name>
    <message>
        <source>Likelihood →</source>
        <translation>Wahrscheinlichkeit →</translation>
    </message>
    <message>
        <source>Severity →</source>
        <translation>Schweregrad →</translation>
    </message>
    <message>
        <source>Risk = severity × likelihood · low 1–4 · medium 5–9 · high 10–16 · critical 17–25 · small number: score, large number: pain points</source>
        <translation>Risiko = Schweregrad × Wahrscheinlichkeit · niedrig 1–4 · mittel 5–9 · hoch 10–16 · kritisch 17–25 · kleine Zahl: Wert, große Zahl: Pain Points</translation>
    </message>
</context>
<context>
    <name>cjm::SampleQuality</name>
    <message>
        <source>n = %1 (small sample)</source>
        <translation>n = %1 (kleine Stichprobe)</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
</context>
<context>
    <name>cjm::Schema</name>
    <message>
        <source>the file&apos;s schema cannot be read</source>
        <translation>das Schema der Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>schema version %1 is unknown</source>
        <translation>Schemaversion %1 ist unbekannt</translation>
    </message>
    <message>
        <source>the file contains an unexpected %1</source>
        <translation>die Datei enthält ein unerwartetes Objekt: %1</translation>
    </message>
    <message>
        <source>%1 does not have the expected definition</source>
        <translation>%1 hat nicht die erwartete Definition</translation>
    </message>
    <message>
        <source>the file lacks the %1</source>
        <translation>der Datei fehlt das Objekt %1</translation>
    </message>
</context>
<context>
    <name>cjm::SetEmotion</name>
    <message>
        <source>Change emotion</source>
        <translation>Emotion ändern</translation>
    </message>
    <message>
        <source>Change to-be emotion</source>
        <translation>Soll-Emotion ändern</translation>
    </message>
    <message>
        <source>the as-is emotion cannot be cleared</source>
        <translation>die Ist-Emotion kann nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>cjm::SetLaneCellText</name>
    <message>
        <source>Edit lane text</source>
        <translation>Lane-Text bearbeiten</translation>
    </message>
</context>
<context>
    <name>cjm::SqlConnection</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>database error in &quot;%1&quot;: %2</source>
        <translation>Datenbankfehler in „%1“: %2</translation>
    </message>
</context>
<context>
    <name>cjm::SurveyAutoMapper</name>
    <message>
        <source>New metric &quot;%1&quot; (%2–%3)</source>
        <translation>Neue Kennzahl „%1“ (%2–%3)</translation>
    </message>
    <message>
        <source>New persona &quot;%1&quot; for the segment of the same name</source>
        <translation>Neue Persona „%1“ für das gleichnamige Segment</translation>
    </message>
    <message>
        <source>Column %1 (&quot;%2&quot;): no touchpoint &quot;%3&quot; in the journey; scoped to the journey</source>
        <translation>Spalte %1 („%2“): kein Touchpoint „%3“ in der Journey; der Journey zugeordnet</translation>
    </message>
</context>
<context>
    <name>cjm::SurveyDateParser</name>
    <message>
        <source>Column &apos;%1&apos; has no values to read dates from.</source>
        <translation>Die Spalte „%1“ enthält keine Werte, aus denen sich Datumsangaben lesen lassen.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; does not hold dates: &apos;%2&apos; is not a date.</source>
        <translation>Die Spalte „%1“ enthält keine Datumsangaben: „%2“ ist kein Datum.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; mixes day/month/year and month/day/year dates.</source>
        <translation>Die Spalte „%1“ mischt Datumsangaben der Formen Tag/Monat/Jahr und Monat/Tag/Jahr.</translation>
    </message>
    <message>
        <source>In column &apos;%1&apos; no day is above 12, so it is not clear whether the dates are day/month/year or month/day/year.</source>
        <translation>In der Spalte „%1“ ist kein Tag größer als 12, daher ist unklar, ob die Datumsangaben die Form Tag/Monat/Jahr oder Monat/Tag/Jahr haben.</translation>
    </message>
</context>
<context>
    <name>cjm::SurveyImportSummary</name>
    <message>
        <source>out of scale</source>
        <translation>außerhalb der Skala</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <source>bad date</source>
        <translation>ungültiges Datum</translation>
    </message>
    <message>
        <source>unknown segment</source>
        <translation>unbekanntes Segment</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>keine Antworten</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>line %1, column %2 (%3): %4: &quot;%5&quot;</source>
        <translation>Zeile %1, Spalte %2 (%3): %4: „%5“</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>Import fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 was already imported (same content): nothing added.</source>
        <translation>%1 wurde bereits importiert (gleicher Inhalt): nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was added.</source>
        <translation>Import abgebrochen: Es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>Gelesene Zeilen: %1</translation>
    </message>
    <message>
        <source>Rows that would be imported: %1</source>
        <translation>Zeilen, die importiert würden: %1</translation>
    </message>
    <message>
        <source>Rows imported: %1</source>
        <translation>Importierte Zeilen: %1</translation>
    </message>
    <message>
        <source>Answers: %1, comments: %2</source>
        <translation>Antworten: %1, Kommentare: %2</translation>
    </message>
    <message>
        <source>Rows skipped: %1</source>
        <translation>Übersprungene Zeilen: %1</translation>
    </message>
    <message>
        <source>  … and %1 more</source>
        <translation>  … und %1 weitere</translation>
    </message>
</context>
<context>
    <name>cjm::SurveyImportWizard</name>
    <message>
        <source>Import Survey Data</source>
        <translation>Umfragedaten importieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Choose the survey export</source>
        <translation>Umfrage-Export auswählen</translation>
    </message>
    <message>
        <source>A CSV file from Qualtrics, SurveyMonkey, Google Forms or a spreadsheet. Nothing changes in the project until the last step.</source>
        <translation>Eine CSV-Datei aus Qualtrics, SurveyMonkey, Google Forms oder einer Tabellenkalkulation. Bis zum letzten Schritt ändert sich nichts am Projekt.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Aufbau:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Kodierung:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Trennzeichen:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <source>What each column holds: the respondent, the date, the segment (mapped to personas), scores with their metric and what they rate, comments. Columns set to “Ignore” are not imported.</source>
        <translation>Was jede Spalte enthält: die befragte Person, das Datum, das Segment (den Personas zugeordnet), Werte mit ihrer Kennzahl und dem, was sie bewerten, Kommentare. Auf „Ignorieren“ gesetzte Spalten werden nicht importiert.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Bezieht sich auf</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>Zeilen prüfen</translation>
    </message>
    <message>
        <source>A dry run over the whole file: nothing has been written yet. Import the valid rows, or go back and change the mapping.</source>
        <translation>Ein Probelauf über die ganze Datei: Es wurde noch nichts geschrieben. Importieren Sie die gültigen Zeilen oder gehen Sie zurück und ändern Sie die Zuordnung.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Survey exports (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Umfrage-Exporte (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Read as you chose. Check the column names below.</source>
        <translation>Wie gewählt gelesen. Prüfen Sie die Spaltennamen unten.</translation>
    </message>
    <message>
        <source>⚠ The encoding is not clear from the file. Choose the one whose column names below read correctly.</source>
        <translation>⚠ Die Kodierung ist aus der Datei nicht eindeutig erkennbar. Wählen Sie diejenige, bei der die Spaltennamen unten korrekt lesbar sind.</translation>
    </message>
    <message>
        <source>Detected (confidence %1 %).</source>
        <translation>Erkannt (Sicherheit %1 %).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Using the mapping stored for these columns (“%1”).</source>
        <translation>Die für diese Spalten gespeicherte Zuordnung wird verwendet („%1“).</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Respondent id</source>
        <translation>Befragten-ID</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>NPS (0–10)</source>
        <translation>NPS (0–10)</translation>
    </message>
    <message>
        <source>CSAT (1–5)</source>
        <translation>CSAT (1–5)</translation>
    </message>
    <message>
        <source>CES (1–7)</source>
        <translation>CES (1–7)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Journey: %1</source>
        <translation>Journey: %1</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Die Datei kann nicht importiert werden: %1</translation>
    </message>
    <message>
        <source>This file was imported before: importing it again adds nothing.</source>
        <translation>Diese Datei wurde bereits importiert: Ein erneuter Import fügt nichts hinzu.</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>Gelesene Zeilen: %1</translation>
    </message>
    <message>
        <source>Rows to import: %1 (%2 answers, %3 comments)</source>
        <translation>Zu importierende Zeilen: %1 (%2 Antworten, %3 Kommentare)</translation>
    </message>
    <message>
        <source>Rows skipped: %1</source>
        <translation>Übersprungene Zeilen: %1</translation>
    </message>
    <message>
        <source>No row can be imported: go back and check the mapping.</source>
        <translation>Keine Zeile kann importiert werden: Gehen Sie zurück und prüfen Sie die Zuordnung.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>whole row</source>
        <translation>ganze Zeile</translation>
    </message>
    <message>
        <source>Import cancelled: the project is unchanged.</source>
        <translation>Import abgebrochen: Das Projekt ist unverändert.</translation>
    </message>
    <message>
        <source>The import failed and the project is unchanged: %1</source>
        <translation>Der Import ist fehlgeschlagen, das Projekt ist unverändert: %1</translation>
    </message>
    <message>
        <source>This file was imported before: nothing was added.</source>
        <translation>Diese Datei wurde bereits importiert: Es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>Imported %1 rows (%2 answers, %3 comments); %4 rows skipped. Undo removes the whole import.</source>
        <translation>%1 Zeilen importiert (%2 Antworten, %3 Kommentare); %4 Zeilen übersprungen. Rückgängig entfernt den gesamten Import.</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-16 (little endian)</source>
        <translation>UTF-16 (Little Endian)</translation>
    </message>
    <message>
        <source>UTF-16 (big endian)</source>
        <translation>UTF-16 (Big Endian)</translation>
    </message>
    <message>
        <source>GB18030 (Chinese)</source>
        <translation>GB18030 (Chinesisch)</translation>
    </message>
    <message>
        <source>Qualtrics export (%1 header rows)</source>
        <translation>Qualtrics-Export (%1 Kopfzeilen)</translation>
    </message>
    <message>
        <source>SurveyMonkey export (question and answer option rows)</source>
        <translation>SurveyMonkey-Export (Zeilen mit Fragen und Antwortoptionen)</translation>
    </message>
    <message>
        <source>Google Forms responses (first column: timestamp)</source>
        <translation>Google-Forms-Antworten (erste Spalte: Zeitstempel)</translation>
    </message>
    <message>
        <source>Generic CSV (one header row)</source>
        <translation>Generische CSV (eine Kopfzeile)</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Segment value</source>
        <translation>Segmentwert</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Proposed mapping:</source>
        <translation>Vorgeschlagene Zuordnung:</translation>
    </message>
    <message>
        <source>New persona “%1”</source>
        <translation>Neue Persona „%1“</translation>
    </message>
    <message>
        <source>Skip these rows</source>
        <translation>Diese Zeilen überspringen</translation>
    </message>
</context>
<context>
    <name>cjm::SurveyImportWriter</name>
    <message>
        <source>cannot write the survey data: %1</source>
        <translation>Die Umfragedaten können nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>the project database is not open</source>
        <translation>Die Projektdatenbank ist nicht geöffnet</translation>
    </message>
    <message>
        <source>cannot store the mapping: %1</source>
        <translation>Die Zuordnung kann nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>cjm::SurveyImporter</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation>Die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>stored mapping</source>
        <translation>gespeicherte Zuordnung</translation>
    </message>
    <message>
        <source>the mapping was made for an export with other columns</source>
        <translation>Die Zuordnung wurde für einen Export mit anderen Spalten erstellt</translation>
    </message>
    <message>
        <source>the project is read-only</source>
        <translation>Das Projekt ist schreibgeschützt</translation>
    </message>
    <message>
        <source>Import survey %1</source>
        <translation>Umfrage %1 importieren</translation>
    </message>
</context>
<context>
    <name>cjm::SurveyLayoutDetector</name>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>Die Datei ist leer: Sie hat keine Kopfzeile.</translation>
    </message>
</context>
<context>
    <name>cjm::SurveyMapping</name>
    <message>
        <source>%1: column %2: unknown metric kind &quot;%3&quot;</source>
        <translation>%1: Spalte %2: unbekannte Kennzahlart „%3“</translation>
    </message>
    <message>
        <source>%1: column %2: unknown scope &quot;%3&quot;</source>
        <translation>%1: Spalte %2: unbekannter Geltungsbereich „%3“</translation>
    </message>
    <message>
        <source>%1: column %2: no %3 &quot;%4&quot; in the project</source>
        <translation>%1: Spalte %2: kein %3 „%4“ im Projekt</translation>
    </message>
    <message>
        <source>%1: the mapping has no &quot;columns&quot;</source>
        <translation>%1: Die Zuordnung hat keine „columns“</translation>
    </message>
    <message>
        <source>%1: a column has no valid &quot;index&quot;</source>
        <translation>%1: Eine Spalte hat keinen gültigen „index“</translation>
    </message>
    <message>
        <source>%1: column %2: unknown role &quot;%3&quot;</source>
        <translation>%1: Spalte %2: unbekannte Rolle „%3“</translation>
    </message>
    <message>
        <source>%1: column %2: no touchpoint &quot;%3&quot; in the project</source>
        <translation>%1: Spalte %2: kein Touchpoint „%3“ im Projekt</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>the mapping names %1, but the file has %2 columns</source>
        <translation>Die Zuordnung nennt %1, aber die Datei hat %2 Spalten</translation>
    </message>
    <message>
        <source>the mapping names %1 twice</source>
        <translation>Die Zuordnung nennt %1 doppelt</translation>
    </message>
    <message>
        <source>%1: the scale %2–%3 makes no sense</source>
        <translation>%1: Die Skala %2–%3 ergibt keinen Sinn</translation>
    </message>
    <message>
        <source>%1: no metric chosen</source>
        <translation>%1: keine Kennzahl ausgewählt</translation>
    </message>
    <message>
        <source>%1: no stage or touchpoint chosen</source>
        <translation>%1: keine Phase und kein Touchpoint ausgewählt</translation>
    </message>
    <message>
        <source>the mapping has more than one respondent id, date or segment column</source>
        <translation>Die Zuordnung hat mehr als eine Spalte für Befragten-ID, Datum oder Segment</translation>
    </message>
    <message>
        <source>the mapping has no score or comment column</source>
        <translation>Die Zuordnung hat keine Wert- oder Kommentarspalte</translation>
    </message>
</context>
<context>
    <name>cjm::SurveyMeasurements</name>
    <message>
        <source>Could not read the survey figures: %1</source>
        <translation>Die Umfragewerte konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>cjm::SurveyMetricsQuery</name>
    <message>
        <source>cannot read the survey figures: %1</source>
        <translation>Die Umfragewerte können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No segment</source>
        <translation>Kein Segment</translation>
    </message>
</context>
<context>
    <name>cjm::T</name>
    <message>
        <source>%1: missing</source>
        <translation>%1: fehlt</translation>
    </message>
</context>
<context>
    <name>cjm::TitleBlock</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Journey: %1</source>
        <translation>Journey: %1</translation>
    </message>
    <message>
        <source>Personas: %1</source>
        <translation>Personas: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
</context>
<context>
    <name>cjm::TouchpointScoreChart</name>
    <message>
        <source>CES per touchpoint against target</source>
        <translation>CES je Touchpoint im Vergleich zum Zielwert</translation>
    </message>
    <message>
        <source>CSAT per touchpoint against target</source>
        <translation>CSAT je Touchpoint im Vergleich zum Zielwert</translation>
    </message>
    <message>
        <source>CES mean</source>
        <translation>CES-Mittelwert</translation>
    </message>
    <message>
        <source>CSAT (top-two-box %)</source>
        <translation>CSAT (Top-2-Box %)</translation>
    </message>
    <message>
        <source>Small sample</source>
        <translation>Kleine Stichprobe</translation>
    </message>
    <message>
        <source>No survey answers for this journey yet. Import survey data (File ▸ Import Survey Data…) to see scores per touchpoint.</source>
        <translation>Für diese Journey gibt es noch keine Umfrageantworten. Importieren Sie Umfragedaten (Datei ▸ Umfragedaten importieren…), um die Werte je Touchpoint zu sehen.</translation>
    </message>
    <message>
        <source>No CES answers about a touchpoint. Scope a CES column to a touchpoint when importing survey data.</source>
        <translation>Keine CES-Antworten zu einem Touchpoint. Ordnen Sie beim Importieren der Umfragedaten eine CES-Spalte einem Touchpoint zu.</translation>
    </message>
    <message>
        <source>No CSAT answers about a touchpoint. Scope a CSAT column to a touchpoint when importing survey data.</source>
        <translation>Keine CSAT-Antworten zu einem Touchpoint. Ordnen Sie beim Importieren der Umfragedaten eine CSAT-Spalte einem Touchpoint zu.</translation>
    </message>
    <message>
        <source>Mean effort score (higher is easier)</source>
        <translation>Mittlerer Aufwandswert (höher ist leichter)</translation>
    </message>
    <message>
        <source>Satisfied or very satisfied (%)</source>
        <translation>Zufrieden oder sehr zufrieden (%)</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Zielwert %1</translation>
    </message>
    <message>
        <source>hatched bars: touchpoints with fewer than %1 answers</source>
        <translation>schraffierte Balken: Touchpoints mit weniger als %1 Antworten</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;n = %2</source>
        <translation>%1&lt;br&gt;n = %2</translation>
    </message>
</context>
<context>
    <name>cjm::UnlinkEntities</name>
    <message>
        <source>%1 %2 is not linked to %3 %4</source>
        <translation>%1 %2 ist nicht mit %3 %4 verknüpft</translation>
    </message>
    <message>
        <source>Remove persona from journey</source>
        <translation>Persona aus der Journey entfernen</translation>
    </message>
    <message>
        <source>Remove image from touchpoint</source>
        <translation>Bild vom Touchpoint entfernen</translation>
    </message>
    <message>
        <source>Unlink opportunity from pain point</source>
        <translation>Verknüpfung zwischen Verbesserungsmöglichkeit und Pain Point aufheben</translation>
    </message>
    <message>
        <source>Unlink opportunity from touchpoint</source>
        <translation>Verknüpfung zwischen Verbesserungsmöglichkeit und Touchpoint aufheben</translation>
    </message>
    <message>
        <source>Unlink insight from touchpoint</source>
        <translation>Verknüpfung zwischen Erkenntnis und Touchpoint aufheben</translation>
    </message>
    <message>
        <source>Unlink insight from pain point</source>
        <translation>Verknüpfung zwischen Erkenntnis und Pain Point aufheben</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Verknüpfung aufheben</translation>
    </message>
</context>
<context>
    <name>cjm::WorkingCopy</name>
    <message>
        <source>the working copy is in use</source>
        <translation>die Arbeitskopie wird gerade verwendet</translation>
    </message>
    <message>
        <source>cannot delete %1</source>
        <translation>%1 kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>cannot lock the working copy in %1</source>
        <translation>die Arbeitskopie in %1 kann nicht gesperrt werden</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot copy %1 into the working folder</source>
        <translation>%1 kann nicht in den Arbeitsordner kopiert werden</translation>
    </message>
    <message>
        <source>cannot write the new project</source>
        <translation>das neue Projekt kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the working copy is in use by another process</source>
        <translation>die Arbeitskopie wird von einem anderen Prozess verwendet</translation>
    </message>
    <message>
        <source>cannot start writing to the working copy</source>
        <translation>das Schreiben in die Arbeitskopie kann nicht beginnen</translation>
    </message>
    <message>
        <source>cannot commit to the working copy</source>
        <translation>Änderungen können nicht in die Arbeitskopie übernommen werden</translation>
    </message>
</context>
<context>
    <name>cjm::XlsxWorkbookWriter</name>
    <message>
        <source>%1: cannot create the workbook</source>
        <translation>%1: Die Arbeitsmappe kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>%1: cannot write the workbook: %2</source>
        <translation>%1: Die Arbeitsmappe kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot replace the file</source>
        <translation>%1: Die Datei kann nicht ersetzt werden</translation>
    </message>
</context>
</TS>
