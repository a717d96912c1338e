<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>cjm::CardCloseUp</name>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::Cli</name>
    <message numerus="yes">
        <source>%n actor(s) matched existing personas</source>
        <translation>
            <numerusform>%n actor matched existing personas</numerusform>
            <numerusform>%n actors matched existing personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of the file already exist in the project (same UUID): imported as copies with new UUIDs</source>
        <translation>
            <numerusform>%n item of the file already exists in the project (same UUID): imported as copies with new UUIDs</numerusform>
            <numerusform>%n items of the file already exist in the project (same UUID): imported as copies with new UUIDs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more conflict(s)</source>
        <translation>
            <numerusform>… and %n more conflict</numerusform>
            <numerusform>… and %n more conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::DataExchange</name>
    <message numerus="yes">
        <source>%n item(s) of the file already exist in the project (same UUID): imported as copies with new UUIDs.</source>
        <translation>
            <numerusform>%n item of the file already exists in the project (same UUID): imported as copies with new UUIDs.</numerusform>
            <numerusform>%n items of the file already exist in the project (same UUID): imported as copies with new UUIDs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::EditInsight</name>
    <message numerus="yes">
        <source>Edit %n insight(s)</source>
        <translation>
            <numerusform>Edit %n insight</numerusform>
            <numerusform>Edit %n insights</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::EditJourney</name>
    <message numerus="yes">
        <source>Edit %n journey(s)</source>
        <translation>
            <numerusform>Edit %n journey</numerusform>
            <numerusform>Edit %n journeys</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::EditLane</name>
    <message numerus="yes">
        <source>Edit %n lane(s)</source>
        <translation>
            <numerusform>Edit %n lane</numerusform>
            <numerusform>Edit %n lanes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::EditMeasurement</name>
    <message numerus="yes">
        <source>Edit %n measurement(s)</source>
        <translation>
            <numerusform>Edit %n measurement</numerusform>
            <numerusform>Edit %n measurements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::EditMetric</name>
    <message numerus="yes">
        <source>Edit %n metric(s)</source>
        <translation>
            <numerusform>Edit %n metric</numerusform>
            <numerusform>Edit %n metrics</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::EditOpportunity</name>
    <message numerus="yes">
        <source>Edit %n opportunity(s)</source>
        <translation>
            <numerusform>Edit %n opportunity</numerusform>
            <numerusform>Edit %n opportunities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::EditPainPoint</name>
    <message numerus="yes">
        <source>Edit %n pain point(s)</source>
        <translation>
            <numerusform>Edit %n pain point</numerusform>
            <numerusform>Edit %n pain points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::EditPersona</name>
    <message numerus="yes">
        <source>Edit %n persona(s)</source>
        <translation>
            <numerusform>Edit %n persona</numerusform>
            <numerusform>Edit %n personas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::EditStage</name>
    <message numerus="yes">
        <source>Edit %n stage(s)</source>
        <translation>
            <numerusform>Edit %n stage</numerusform>
            <numerusform>Edit %n stages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::EditTouchpoint</name>
    <message numerus="yes">
        <source>Edit %n touchpoint(s)</source>
        <translation>
            <numerusform>Edit %n touchpoint</numerusform>
            <numerusform>Edit %n touchpoints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::FieldCatalog</name>
    <message numerus="yes">
        <source>%n persona(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journey(s)</source>
        <translation>
            <numerusform>%n journey</numerusform>
            <numerusform>%n journeys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n stage</numerusform>
            <numerusform>%n stages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s)</source>
        <translation>
            <numerusform>%n touchpoint</numerusform>
            <numerusform>%n touchpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pain point(s)</source>
        <translation>
            <numerusform>%n pain point</numerusform>
            <numerusform>%n pain points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(-ies)</source>
        <translation>
            <numerusform>%n opportunity</numerusform>
            <numerusform>%n opportunities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n insight(s)</source>
        <translation>
            <numerusform>%n insight</numerusform>
            <numerusform>%n insights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::ImageDropper</name>
    <message numerus="yes">
        <source>Add %n images to touchpoint</source>
        <translation>
            <numerusform>Add %n image to touchpoint</numerusform>
            <numerusform>Add %n images to touchpoint</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::MapDragGesture</name>
    <message numerus="yes">
        <source>Move %n touchpoints</source>
        <translation>
            <numerusform>Move %n touchpoint</numerusform>
            <numerusform>Move %n touchpoints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::MermaidJourneyReader</name>
    <message numerus="yes">
        <source>actors per task (%n task(s) name only some actors, lines %1): every actor became a persona of the whole journey</source>
        <translation>
            <numerusform>actors per task (%n task name only some actors, lines %1): every actor became a persona of the whole journey</numerusform>
            <numerusform>actors per task (%n tasks name only some actors, lines %1): every actor became a persona of the whole journey</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::ProjectOutline</name>
    <message numerus="yes">
        <source>%1 — %n vote(s)</source>
        <translation>
            <numerusform>%1 — %n vote</numerusform>
            <numerusform>%1 — %n votes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::RemoveEntities</name>
    <message numerus="yes">
        <source>Remove %n item(s)</source>
        <translation>
            <numerusform>Remove %n item</numerusform>
            <numerusform>Remove %n items</numerusform>
        </translation>
    </message>
</context>
</TS>
