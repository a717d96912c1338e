<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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

Options:
  -h, --help     Show this help.
  --version      Show the version.

Exit status: 0 done, 1 nothing to recover, 2 invalid file, refused or failed,
64 usage error.
</source>
        <translation>Aufruf: %1 BEFEHL DATEI [OPTIONEN]

Befehle:
  new DATEI [--name NAME] [--force]
      Legt eine leere Projektdatei an. Eine vorhandene Datei wird nur mit --force ersetzt.
  info DATEI [--json]
      Zeigt, was ein Projekt enthält: die Anzahl jeder Elementart, auch je Journey.
  validate DATEI
      Prüft eine Projektdatei als nicht vertrauenswürdige Eingabe; gibt „gültig“ oder das Problem aus.
  recover DATEI [--list | --discard | -o AUSGABE [--force]]
      Stellt die ungespeicherte Arbeit einer unerwartet beendeten Sitzung in DATEI
      (oder AUSGABE) wieder her; --list zeigt zurückgebliebene Arbeitskopien, --discard löscht sie.
  generate DATEI --journeys N --stages N --touchpoints N [--seed S] [--name NAME]
           [--force]
      Schreibt ein synthetisches Projekt; --touchpoints ist die Anzahl der Touchpoints
      je Journey, gleichmäßig auf deren Phasen verteilt.

Optionen:
  -h, --help     Zeigt diese Hilfe an.
  --version      Zeigt die Version an.

Exit-Status: 0 erledigt, 1 nichts wiederherzustellen, 2 ungültige Datei, abgelehnt
oder fehlgeschlagen, 64 Aufruffehler.
</translation>
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
    <name>cjm::SurveyLayoutDetector</name>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>Die Datei ist leer: Sie hat keine Kopfzeile.</translation>
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
</TS>
