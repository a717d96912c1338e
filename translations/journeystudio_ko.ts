<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>cjm::AddInsight</name>
    <message>
        <source>Add insight</source>
        <translation>인사이트 추가</translation>
    </message>
</context>
<context>
    <name>cjm::AddJourney</name>
    <message>
        <source>Add journey</source>
        <translation>여정 추가</translation>
    </message>
</context>
<context>
    <name>cjm::AddLane</name>
    <message>
        <source>Add lane</source>
        <translation>레인 추가</translation>
    </message>
</context>
<context>
    <name>cjm::AddMeasurement</name>
    <message>
        <source>Add measurement</source>
        <translation>측정값 추가</translation>
    </message>
</context>
<context>
    <name>cjm::AddMetric</name>
    <message>
        <source>Add metric</source>
        <translation>지표 추가</translation>
    </message>
</context>
<context>
    <name>cjm::AddOpportunity</name>
    <message>
        <source>Add opportunity</source>
        <translation>기회 추가</translation>
    </message>
</context>
<context>
    <name>cjm::AddPainPoint</name>
    <message>
        <source>Add pain point</source>
        <translation>페인 포인트 추가</translation>
    </message>
</context>
<context>
    <name>cjm::AddPersona</name>
    <message>
        <source>Add persona</source>
        <translation>페르소나 추가</translation>
    </message>
</context>
<context>
    <name>cjm::AddStage</name>
    <message>
        <source>Add stage</source>
        <translation>단계 추가</translation>
    </message>
</context>
<context>
    <name>cjm::AddTouchpoint</name>
    <message>
        <source>Add touchpoint</source>
        <translation>터치포인트 추가</translation>
    </message>
</context>
<context>
    <name>cjm::AtomicSave</name>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>%1 폴더가 없습니다</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 파일에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot replace %1: %2</source>
        <translation>%1 파일을 대체할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot flush %1 to disk: %2</source>
        <translation>%1 파일을 디스크에 기록할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>cjm::Cli</name>
    <message>
        <source>no command given</source>
        <translation>명령이 지정되지 않았습니다</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>알 수 없는 명령 &quot;%1&quot;</translation>
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
        <translation>사용법: %1 COMMAND FILE [OPTIONS]

명령:
  new FILE [--name NAME] [--force]
      빈 프로젝트 파일을 만듭니다. --force를 지정하지 않으면 기존 파일은 그대로 둡니다.
  info FILE [--json]
      프로젝트에 담긴 내용을 보여 줍니다: 항목 종류별 개수와 여정별 개수.
  validate FILE
      프로젝트 파일을 신뢰할 수 없는 입력으로 보고 검사한 뒤 &quot;유효함&quot; 또는 문제를 출력합니다.
  recover FILE [--list | --discard | -o OUT [--force]]
      예기치 않게 종료된 세션에서 저장되지 않은 작업을 FILE(또는 OUT)에 복구합니다.
      --list는 남아 있는 작업 사본을 보여 주고, --discard는 이를 삭제합니다.
  generate FILE --journeys N --stages N --touchpoints N [--seed S] [--name NAME]
           [--force]
      합성 프로젝트를 만듭니다. --touchpoints는 여정마다의 터치포인트 수이며,
      터치포인트는 여정의 단계에 고르게 나뉩니다.

옵션:
  -h, --help     이 도움말을 표시합니다.
  --version      버전을 표시합니다.

종료 상태: 0 완료, 1 복구할 내용 없음, 2 잘못된 파일·거부·실패,
64 사용법 오류.
</translation>
    </message>
    <message>
        <source>Show the usage.</source>
        <translation>사용법을 표시합니다.</translation>
    </message>
    <message>
        <source>%1: the file name is missing</source>
        <translation>%1: 파일 이름이 없습니다</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;</source>
        <translation>%1: 예상하지 못한 인수 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Number of journeys.</source>
        <translation>여정 수입니다.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Stages of each journey.</source>
        <translation>여정별 단계 수입니다.</translation>
    </message>
    <message>
        <source>Touchpoints of each journey, spread over its stages.</source>
        <translation>여정별 터치포인트 수이며, 여정의 단계에 나뉘어 배치됩니다.</translation>
    </message>
    <message>
        <source>Seed of the random content.</source>
        <translation>무작위 내용의 시드 값입니다.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Name of the project.</source>
        <translation>프로젝트 이름입니다.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Replace an existing file.</source>
        <translation>기존 파일을 덮어씁니다.</translation>
    </message>
    <message>
        <source>generate: --%1 is missing</source>
        <translation>generate: --%1 옵션이 없습니다</translation>
    </message>
    <message>
        <source>generate: --%1 must be a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation>generate: --%1 값은 %2부터 %3까지의 정수여야 합니다(입력값: &quot;%4&quot;)</translation>
    </message>
    <message>
        <source>generate: touchpoints need at least one stage</source>
        <translation>generate: 터치포인트를 만들려면 단계가 하나 이상 있어야 합니다</translation>
    </message>
    <message>
        <source>generate: at most %1 touchpoints in all</source>
        <translation>generate: 터치포인트는 모두 합해 최대 %1개까지 만들 수 있습니다</translation>
    </message>
    <message>
        <source>%1: wrote %2 journeys, %3 stages and %4 touchpoints</source>
        <translation>%1: 여정 %2개, 단계 %3개, 터치포인트 %4개를 기록했습니다</translation>
    </message>
    <message>
        <source>Print JSON with stable keys.</source>
        <translation>키가 고정된 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <source>Project &quot;%1&quot; in %2</source>
        <translation>%2의 프로젝트 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>스키마 버전: %1</translation>
    </message>
    <message>
        <source>Written by a newer version of Journey Studio: it opens read-only.</source>
        <translation>상위 버전의 Journey Studio에서 작성되어 읽기 전용으로 열립니다.</translation>
    </message>
    <message>
        <source>to-be</source>
        <translation>목표 상태</translation>
    </message>
    <message>
        <source>as-is</source>
        <translation>현재 상태</translation>
    </message>
    <message>
        <source>Journey &quot;%1&quot; (%2)</source>
        <translation>여정 &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>Personas: %1</source>
        <translation>페르소나: %1</translation>
    </message>
    <message>
        <source>Journeys: %1</source>
        <translation>여정: %1</translation>
    </message>
    <message>
        <source>Lanes: %1</source>
        <translation>레인: %1</translation>
    </message>
    <message>
        <source>Lane cells: %1</source>
        <translation>레인 셀: %1</translation>
    </message>
    <message>
        <source>Stages: %1</source>
        <translation>단계: %1</translation>
    </message>
    <message>
        <source>Touchpoints: %1</source>
        <translation>터치포인트: %1</translation>
    </message>
    <message>
        <source>Pain points: %1</source>
        <translation>페인 포인트: %1</translation>
    </message>
    <message>
        <source>Opportunities: %1</source>
        <translation>기회: %1</translation>
    </message>
    <message>
        <source>Insights: %1</source>
        <translation>인사이트: %1</translation>
    </message>
    <message>
        <source>Metrics: %1</source>
        <translation>지표: %1</translation>
    </message>
    <message>
        <source>Measurements: %1</source>
        <translation>측정값: %1</translation>
    </message>
    <message>
        <source>Images: %1</source>
        <translation>이미지: %1</translation>
    </message>
    <message>
        <source>Links: %1</source>
        <translation>연결: %1</translation>
    </message>
    <message>
        <source>the file exists; use --force to replace it</source>
        <translation>파일이 이미 있습니다. 덮어쓰려면 --force를 사용하세요</translation>
    </message>
    <message>
        <source>the file is open in Journey Studio; close it first</source>
        <translation>파일이 Journey Studio에서 열려 있습니다. 먼저 닫으세요</translation>
    </message>
    <message>
        <source>%1: created the project &quot;%2&quot;</source>
        <translation>%1: &quot;%2&quot; 프로젝트를 만들었습니다</translation>
    </message>
    <message>
        <source>List the working copies left behind.</source>
        <translation>남아 있는 작업 사본을 나열합니다.</translation>
    </message>
    <message>
        <source>Delete the working copies left behind.</source>
        <translation>남아 있는 작업 사본을 삭제합니다.</translation>
    </message>
    <message>
        <source>Write the recovered project to OUT instead of FILE.</source>
        <translation>복구한 프로젝트를 FILE 대신 OUT에 씁니다.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>Replace an existing OUT.</source>
        <translation>기존 OUT 파일을 덮어씁니다.</translation>
    </message>
    <message>
        <source>recover: use only one of --list, --discard and -o</source>
        <translation>recover: --list, --discard, -o 중 하나만 사용하세요</translation>
    </message>
    <message>
        <source>%1: nothing to recover</source>
        <translation>%1: 복구할 내용이 없습니다</translation>
    </message>
    <message>
        <source>%1 (last changed %2)</source>
        <translation>%1 (마지막 변경: %2)</translation>
    </message>
    <message>
        <source>%1: discarded %2 working copies</source>
        <translation>%1: 작업 사본 %2개를 삭제했습니다</translation>
    </message>
    <message>
        <source>%1: recovered the unsaved work into %2</source>
        <translation>%1: 저장되지 않은 작업을 %2에 복구했습니다</translation>
    </message>
    <message>
        <source>%1 older working copies remain; see them with --list, delete them with --discard</source>
        <translation>이전 작업 사본 %1개가 남아 있습니다. --list로 확인하고 --discard로 삭제할 수 있습니다</translation>
    </message>
    <message>
        <source>%1: valid, but written by a newer version of Journey Studio (schema version %2): it opens read-only</source>
        <translation>%1: 유효하지만 상위 버전의 Journey Studio에서 작성되었으므로(스키마 버전 %2) 읽기 전용으로 열립니다</translation>
    </message>
    <message>
        <source>%1: valid (schema version %2)</source>
        <translation>%1: 유효함 (스키마 버전 %2)</translation>
    </message>
</context>
<context>
    <name>cjm::CommandChecks</name>
    <message>
        <source>already exists</source>
        <translation>이미 있습니다</translation>
    </message>
    <message>
        <source>no %1 given</source>
        <translation>%1 항목이 지정되지 않았습니다</translation>
    </message>
    <message>
        <source>there is no %1 %2</source>
        <translation>%1 %2 항목이 없습니다</translation>
    </message>
    <message>
        <source>%1 %2: %3: %4</source>
        <translation>%1 %2: %3: %4</translation>
    </message>
    <message>
        <source>must be the stage of touchpoint %1</source>
        <translation>터치포인트 %1의 단계여야 합니다</translation>
    </message>
    <message>
        <source>a journey cannot improve itself</source>
        <translation>여정이 자기 자신의 개선안이 될 수는 없습니다</translation>
    </message>
    <message>
        <source>the touchpoint is not in the lane&apos;s journey</source>
        <translation>터치포인트가 레인의 여정에 속해 있지 않습니다</translation>
    </message>
    <message>
        <source>the lane already has a cell for this touchpoint</source>
        <translation>레인에 이 터치포인트의 셀이 이미 있습니다</translation>
    </message>
    <message>
        <source>the id is missing</source>
        <translation>ID가 없습니다</translation>
    </message>
    <message>
        <source>%1 has no field %2 to edit</source>
        <translation>%1에는 편집할 수 있는 %2 필드가 없습니다</translation>
    </message>
    <message>
        <source>only user-defined text lanes hold text cells</source>
        <translation>사용자 정의 텍스트 레인에만 텍스트 셀을 둘 수 있습니다</translation>
    </message>
</context>
<context>
    <name>cjm::CsvReader</name>
    <message>
        <source>The file is not open for reading.</source>
        <translation>파일이 읽기용으로 열려 있지 않습니다.</translation>
    </message>
    <message>
        <source>This system cannot read text in the %1 encoding.</source>
        <translation>이 시스템에서는 %1 인코딩의 텍스트를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The file could not be read to its end: %1</source>
        <translation>파일을 끝까지 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Line %1: a field is longer than %2 characters. Is a closing quote missing, or is this not a CSV file?</source>
        <translation>%1행: 필드가 %2자를 초과합니다. 닫는 따옴표가 빠졌거나 CSV 파일이 아닐 수 있습니다.</translation>
    </message>
    <message>
        <source>Line %1: a record is longer than %2 characters. Is a closing quote missing, or is this not a CSV file?</source>
        <translation>%1행: 레코드가 %2자를 초과합니다. 닫는 따옴표가 빠졌거나 CSV 파일이 아닐 수 있습니다.</translation>
    </message>
    <message>
        <source>Line %1: a record has more than %2 columns.</source>
        <translation>%1행: 레코드의 열이 %2개를 초과합니다.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field starting on this line is never closed.</source>
        <translation>%1행: 이 행에서 시작하는 따옴표로 묶인 필드가 닫히지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>cjm::Document</name>
    <message>
        <source>%1: the file does not exist</source>
        <translation>%1: 파일이 없습니다</translation>
    </message>
    <message>
        <source>%1: unsaved changes from a session that ended unexpectedly can be recovered</source>
        <translation>%1: 예기치 않게 종료된 세션의 저장되지 않은 변경 사항을 복구할 수 있습니다</translation>
    </message>
    <message>
        <source>%1 is open in another Journey Studio window</source>
        <translation>%1 파일이 다른 Journey Studio 창에서 열려 있습니다</translation>
    </message>
    <message>
        <source>The file is open in another window; this copy is read-only.</source>
        <translation>파일이 다른 창에서 열려 있으므로 이 사본은 읽기 전용입니다.</translation>
    </message>
    <message>
        <source>The file was written by a newer version of Journey Studio (schema %1); it opens read-only.</source>
        <translation>이 파일은 상위 버전의 Journey Studio에서 작성되었으므로(스키마 %1) 읽기 전용으로 열립니다.</translation>
    </message>
    <message>
        <source>the project has no file yet: use Save As</source>
        <translation>프로젝트에 아직 파일이 없습니다. &apos;다른 이름으로 저장&apos;을 사용하세요</translation>
    </message>
    <message>
        <source>the project is read-only: save it under another name</source>
        <translation>프로젝트가 읽기 전용입니다. 다른 이름으로 저장하세요</translation>
    </message>
    <message>
        <source>The project is read-only.</source>
        <translation>프로젝트가 읽기 전용입니다.</translation>
    </message>
</context>
<context>
    <name>cjm::DocumentOpener</name>
    <message>
        <source>%1: a session that ended unexpectedly left unsaved changes; open the file in Journey Studio to recover or discard them</source>
        <translation>%1: 예기치 않게 종료된 세션에서 저장되지 않은 변경 사항이 남아 있습니다. Journey Studio에서 파일을 열어 복구하거나 버리세요</translation>
    </message>
    <message>
        <source>%1 could not be opened</source>
        <translation>%1 파일을 열 수 없습니다</translation>
    </message>
    <message>
        <source>an untitled project</source>
        <translation>제목 없는 프로젝트</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>저장되지 않은 변경 사항 복구</translation>
    </message>
    <message>
        <source>Journey Studio ended unexpectedly while %1 had unsaved changes.</source>
        <translation>Journey Studio가 예기치 않게 종료되었을 때 %1에 저장되지 않은 변경 사항이 있었습니다.</translation>
    </message>
    <message>
        <source>The changes were last written on %1. Recover them, or discard them and %2?</source>
        <translation>변경 사항은 %1에 마지막으로 기록되었습니다. 복구하시겠습니까, 아니면 버리고 %2?</translation>
    </message>
    <message>
        <source>start afresh</source>
        <translation>새로 시작하시겠습니까</translation>
    </message>
    <message>
        <source>open the file as it was last saved</source>
        <translation>마지막으로 저장된 상태의 파일을 여시겠습니까</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>복구(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>버리기(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>나중에(&amp;N)</translation>
    </message>
    <message>
        <source>File in Use</source>
        <translation>사용 중인 파일</translation>
    </message>
    <message>
        <source>%1 is open in another Journey Studio window.</source>
        <translation>%1 파일이 다른 Journey Studio 창에서 열려 있습니다.</translation>
    </message>
    <message>
        <source>You can open a read-only copy; save it under another name to keep changes.</source>
        <translation>읽기 전용 사본을 열 수 있습니다. 변경 사항을 유지하려면 다른 이름으로 저장하세요.</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>읽기 전용으로 열기(&amp;R)</translation>
    </message>
</context>
<context>
    <name>cjm::DriverAnalysis</name>
    <message>
        <source>Fix first</source>
        <comment>driver analysis quadrant</comment>
        <translation>우선 개선</translation>
    </message>
    <message>
        <source>Maintain</source>
        <comment>driver analysis quadrant</comment>
        <translation>유지</translation>
    </message>
    <message>
        <source>Monitor</source>
        <comment>driver analysis quadrant</comment>
        <translation>관찰</translation>
    </message>
    <message>
        <source>Lower priority</source>
        <comment>driver analysis quadrant</comment>
        <translation>낮은 우선순위</translation>
    </message>
</context>
<context>
    <name>cjm::EditInsight</name>
    <message>
        <source>Edit insight</source>
        <translation>인사이트 편집</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n insight(s)</source>
        <translation>
            <numerusform>인사이트 %n개 편집</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::EditJourney</name>
    <message>
        <source>Edit journey</source>
        <translation>여정 편집</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n journey(s)</source>
        <translation>
            <numerusform>여정 %n개 편집</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::EditLane</name>
    <message>
        <source>Edit lane</source>
        <translation>레인 편집</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n lane(s)</source>
        <translation>
            <numerusform>레인 %n개 편집</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::EditMeasurement</name>
    <message>
        <source>Edit measurement</source>
        <translation>측정값 편집</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n measurement(s)</source>
        <translation>
            <numerusform>측정값 %n개 편집</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::EditMetric</name>
    <message>
        <source>Edit metric</source>
        <translation>지표 편집</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n metric(s)</source>
        <translation>
            <numerusform>지표 %n개 편집</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::EditOpportunity</name>
    <message>
        <source>Edit opportunity</source>
        <translation>기회 편집</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n opportunity(s)</source>
        <translation>
            <numerusform>기회 %n개 편집</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::EditPainPoint</name>
    <message>
        <source>Edit pain point</source>
        <translation>페인 포인트 편집</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n pain point(s)</source>
        <translation>
            <numerusform>페인 포인트 %n개 편집</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::EditPersona</name>
    <message>
        <source>Edit persona</source>
        <translation>페르소나 편집</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n persona(s)</source>
        <translation>
            <numerusform>페르소나 %n개 편집</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::EditProjectInfo</name>
    <message>
        <source>Edit project</source>
        <translation>프로젝트 편집</translation>
    </message>
</context>
<context>
    <name>cjm::EditStage</name>
    <message>
        <source>Edit stage</source>
        <translation>단계 편집</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n stage(s)</source>
        <translation>
            <numerusform>단계 %n개 편집</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::EditTouchpoint</name>
    <message>
        <source>Edit touchpoint</source>
        <translation>터치포인트 편집</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n touchpoint(s)</source>
        <translation>
            <numerusform>터치포인트 %n개 편집</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::FieldValue</name>
    <message>
        <source>value %1 is outside %2..%3</source>
        <translation>%1 값이 %2..%3 범위를 벗어납니다</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>텍스트가 필요합니다</translation>
    </message>
    <message>
        <source>text longer than %1 characters</source>
        <translation>텍스트가 %1자를 초과합니다</translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation>정수가 필요합니다</translation>
    </message>
    <message>
        <source>expected an integer or NULL</source>
        <translation>정수 또는 NULL이 필요합니다</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>숫자가 필요합니다</translation>
    </message>
    <message>
        <source>expected a number or NULL</source>
        <translation>숫자 또는 NULL이 필요합니다</translation>
    </message>
    <message>
        <source>expected a lower-case UUID</source>
        <translation>소문자 UUID가 필요합니다</translation>
    </message>
    <message>
        <source>expected a colour &quot;#rrggbb&quot;</source>
        <translation>&quot;#rrggbb&quot; 형식의 색상이 필요합니다</translation>
    </message>
    <message>
        <source>expected a date</source>
        <translation>날짜가 필요합니다</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD</source>
        <translation>YYYY-MM-DD 형식의 날짜가 필요합니다</translation>
    </message>
    <message>
        <source>expected a date and time</source>
        <translation>날짜와 시간이 필요합니다</translation>
    </message>
    <message>
        <source>expected an ISO 8601 date and time</source>
        <translation>ISO 8601 형식의 날짜와 시간이 필요합니다</translation>
    </message>
    <message>
        <source>expected binary data</source>
        <translation>바이너리 데이터가 필요합니다</translation>
    </message>
    <message>
        <source>data larger than %1 bytes</source>
        <translation>데이터가 %1바이트를 초과합니다</translation>
    </message>
    <message>
        <source>expected a JSON list of text</source>
        <translation>텍스트로 된 JSON 목록이 필요합니다</translation>
    </message>
    <message>
        <source>unknown field type</source>
        <translation>알 수 없는 필드 유형</translation>
    </message>
</context>
<context>
    <name>cjm::JourneyCanvas</name>
    <message>
        <source>&amp;Journey:</source>
        <translation>여정(&amp;J):</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>맞춤</translation>
    </message>
    <message>
        <source>Zoom to fit the whole map</source>
        <translation>전체 여정 지도가 보이도록 확대/축소</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>Zoom to actual size</source>
        <translation>실제 크기로 확대/축소</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>(untitled journey)</source>
        <translation>(제목 없는 여정)</translation>
    </message>
    <message>
        <source>This project has no journeys yet.</source>
        <translation>이 프로젝트에는 아직 여정이 없습니다.</translation>
    </message>
    <message>
        <source>No project is open.
Create one with File ▸ New, open a project file with File ▸ Open…, or drop a .cjm file here.</source>
        <translation>열려 있는 프로젝트가 없습니다.
파일 ▸ 새로 만들기로 프로젝트를 만들거나, 파일 ▸ 열기…로 프로젝트 파일을 열거나, .cjm 파일을 여기에 끌어다 놓으세요.</translation>
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
        <translation>핵심</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>일반</translation>
    </message>
    <message>
        <source>As-is</source>
        <translation>현재 상태</translation>
    </message>
    <message>
        <source>To-be</source>
        <translation>목표 상태</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>Researched</source>
        <translation>조사 완료</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>검증 완료</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>운영 중</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>웹</translation>
    </message>
    <message>
        <source>App</source>
        <translation>앱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>채팅</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>소셜 미디어</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>매장</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>우편</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>대면</translation>
    </message>
    <message>
        <source>Self-service</source>
        <translation>셀프서비스</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Human</source>
        <translation>인적</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>물리적</translation>
    </message>
    <message>
        <source>Digital</source>
        <translation>디지털</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>가정</translation>
    </message>
    <message>
        <source>Partly data-backed</source>
        <translation>일부 데이터 기반</translation>
    </message>
    <message>
        <source>Research-based</source>
        <translation>리서치 기반</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>제품</translation>
    </message>
    <message>
        <source>Service process</source>
        <translation>서비스 프로세스</translation>
    </message>
    <message>
        <source>People</source>
        <translation>인력</translation>
    </message>
    <message>
        <source>Platform / system</source>
        <translation>플랫폼 / 시스템</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>브랜드</translation>
    </message>
    <message>
        <source>very negative</source>
        <translation>매우 부정적</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>부정적</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>긍정적</translation>
    </message>
    <message>
        <source>very positive</source>
        <translation>매우 긍정적</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>중립</translation>
    </message>
</context>
<context>
    <name>cjm::LanguageLoader</name>
    <message>
        <source>unknown language &quot;%1&quot;; the languages are: %2</source>
        <translation>알 수 없는 언어 &quot;%1&quot;. 사용 가능한 언어: %2</translation>
    </message>
    <message>
        <source>the translation into &quot;%1&quot; is missing from this build</source>
        <translation>이 빌드에는 &quot;%1&quot; 번역이 포함되어 있지 않습니다</translation>
    </message>
</context>
<context>
    <name>cjm::LinkEntities</name>
    <message>
        <source>%1 %2 is already linked to %3 %4</source>
        <translation>%1 %2 항목은 이미 %3 %4 항목에 연결되어 있습니다</translation>
    </message>
    <message>
        <source>Add persona to journey</source>
        <translation>여정에 페르소나 추가</translation>
    </message>
    <message>
        <source>Add image to touchpoint</source>
        <translation>터치포인트에 이미지 추가</translation>
    </message>
    <message>
        <source>Link opportunity to pain point</source>
        <translation>기회를 페인 포인트에 연결</translation>
    </message>
    <message>
        <source>Link opportunity to touchpoint</source>
        <translation>기회를 터치포인트에 연결</translation>
    </message>
    <message>
        <source>Link insight to touchpoint</source>
        <translation>인사이트를 터치포인트에 연결</translation>
    </message>
    <message>
        <source>Link insight to pain point</source>
        <translation>인사이트를 페인 포인트에 연결</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>연결</translation>
    </message>
</context>
<context>
    <name>cjm::MainWindow</name>
    <message>
        <source>&amp;New</source>
        <translation>새로 만들기(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new project</source>
        <translation>새 프로젝트를 시작합니다</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>프로젝트 파일을 엽니다</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save the project to its file</source>
        <translation>프로젝트를 해당 파일에 저장합니다</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the project under another name</source>
        <translation>프로젝트를 다른 이름으로 저장합니다</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <source>Close the project</source>
        <translation>프로젝트를 닫습니다</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;열림&gt;</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>실행 취소 기록</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Journey Studio</source>
        <translation>Journey Studio 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About Journey Studio</source>
        <translation>Journey Studio 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Journey Studio %1&lt;/h3&gt;&lt;p&gt;Customer-experience journey mapping.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Journey Studio %1&lt;/h3&gt;&lt;p&gt;고객 경험 여정 지도 작성 도구입니다.&lt;/p&gt;&lt;p&gt;GNU 일반 공중 사용 허가서 버전 3 이상에 따라 배포되는 자유 소프트웨어입니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>읽기 전용</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>프로젝트 열기</translation>
    </message>
    <message>
        <source>Journey Studio projects (*.cjm)</source>
        <translation>Journey Studio 프로젝트 (*.cjm)</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>제목 없는 프로젝트</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>새 프로젝트</translation>
    </message>
    <message>
        <source>no file name to save to</source>
        <translation>저장할 파일 이름이 없습니다</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>다른 이름으로 프로젝트 저장</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation>프로젝트 저장</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>저장했습니다: %1</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>저장되지 않은 변경 사항 복구</translation>
    </message>
    <message>
        <source>Recovered unsaved changes: save the project to keep them.</source>
        <translation>저장되지 않은 변경 사항을 복구했습니다. 유지하려면 프로젝트를 저장하세요.</translation>
    </message>
    <message>
        <source>Change Not Saved</source>
        <translation>변경 사항이 저장되지 않음</translation>
    </message>
    <message>
        <source>the project has unsaved changes</source>
        <translation>프로젝트에 저장되지 않은 변경 사항이 있습니다</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>저장되지 않은 변경 사항</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing it?</source>
        <translation>닫기 전에 “%1”의 변경 사항을 저장하시겠습니까?</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>저장하지 않으면 변경 사항이 손실됩니다.</translation>
    </message>
    <message>
        <source>Journey Studio</source>
        <translation>Journey Studio</translation>
    </message>
    <message>
        <source>%1 [read-only]</source>
        <translation>%1 [읽기 전용]</translation>
    </message>
    <message>
        <source>%1[*] — Journey Studio</source>
        <translation>%1[*] — Journey Studio</translation>
    </message>
    <message>
        <source>Journeys: %1   Stages: %2   Touchpoints: %3</source>
        <translation>여정: %1   단계: %2   터치포인트: %3</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>창에 맞추기(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>실제 크기(&amp;A)</translation>
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
        <translation>영향받는 고객 %1%</translation>
    </message>
    <message>
        <source>Impact %1 · Effort %2</source>
        <extracomment>ratings of an improvement action, 1..5 each</extracomment>
        <translation>효과 %1 · 공수 %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>an insight quoted on the map, in the language&apos;s quotation marks</extracomment>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>데이터 없음</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>목표 %1</translation>
    </message>
    <message>
        <source>n = %1</source>
        <extracomment>sample size of a measurement</extracomment>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>터치포인트</translation>
    </message>
    <message>
        <source>Customer actions</source>
        <translation>고객 행동</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>생각</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>페인 포인트</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>기회</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>백스테이지</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>인사이트</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>소셜 미디어</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>아이디어</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>계획됨</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>검증됨</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>인용</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>관찰</translation>
    </message>
    <message>
        <source>Data point</source>
        <translation>데이터 포인트</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>설문조사</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>인터뷰</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>고객 불만</translation>
    </message>
    <message>
        <source>Employee feedback</source>
        <translation>직원 피드백</translation>
    </message>
    <message>
        <source>Operational data</source>
        <translation>운영 데이터</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>감정</translation>
    </message>
</context>
<context>
    <name>cjm::Migrator</name>
    <message>
        <source>schema version %1 is newer than %2</source>
        <translation>스키마 버전(%1)이 %2보다 높습니다</translation>
    </message>
    <message>
        <source>cannot start the migration</source>
        <translation>마이그레이션을 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>no migration from schema version %1</source>
        <translation>스키마 버전 %1에서 마이그레이션할 수 없습니다</translation>
    </message>
    <message>
        <source>migrating from schema version %1 failed: %2</source>
        <translation>스키마 버전 %1에서 마이그레이션하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>cannot finish the migration</source>
        <translation>마이그레이션을 완료할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>cjm::MoveInsight</name>
    <message>
        <source>Move insight</source>
        <translation>인사이트 이동</translation>
    </message>
</context>
<context>
    <name>cjm::MoveOpportunity</name>
    <message>
        <source>Move opportunity</source>
        <translation>기회 이동</translation>
    </message>
</context>
<context>
    <name>cjm::MovePainPoint</name>
    <message>
        <source>Move pain point</source>
        <translation>페인 포인트 이동</translation>
    </message>
</context>
<context>
    <name>cjm::MoveTouchpoint</name>
    <message>
        <source>Move touchpoint</source>
        <translation>터치포인트 이동</translation>
    </message>
    <message>
        <source>a touchpoint can only move within its journey</source>
        <translation>터치포인트는 소속 여정 안에서만 이동할 수 있습니다</translation>
    </message>
</context>
<context>
    <name>cjm::MutationCommand</name>
    <message>
        <source>The project is read-only.</source>
        <translation>프로젝트가 읽기 전용입니다.</translation>
    </message>
    <message>
        <source>invalid command</source>
        <translation>잘못된 작업</translation>
    </message>
</context>
<context>
    <name>cjm::MutationWriter</name>
    <message>
        <source>writing to the project failed: %1</source>
        <translation>프로젝트에 쓰지 못했습니다: %1</translation>
    </message>
    <message>
        <source>unknown change</source>
        <translation>알 수 없는 변경</translation>
    </message>
    <message>
        <source>unknown field %1</source>
        <translation>알 수 없는 필드 %1</translation>
    </message>
    <message>
        <source>this kind of item cannot be moved</source>
        <translation>이 종류의 항목은 이동할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>cjm::PeriodBucket</name>
    <message>
        <source>Week %1, %2</source>
        <comment>ISO week number, ISO year</comment>
        <translation>%2년 %1주차</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month name, year</comment>
        <translation>%2년 %1</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <comment>quarter number, year</comment>
        <translation>%2년 %1분기</translation>
    </message>
</context>
<context>
    <name>cjm::ProjectFile</name>
    <message>
        <source>the file does not exist</source>
        <translation>파일이 없습니다</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>파일을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>파일이 비어 있습니다</translation>
    </message>
    <message>
        <source>not a Journey Studio project (not an SQLite database)</source>
        <translation>Journey Studio 프로젝트가 아닙니다(SQLite 데이터베이스가 아님)</translation>
    </message>
    <message>
        <source>not a Journey Studio project (application id %1)</source>
        <translation>Journey Studio 프로젝트가 아닙니다(애플리케이션 ID %1)</translation>
    </message>
    <message>
        <source>the file is corrupt (bad page size)</source>
        <translation>파일이 손상되었습니다(잘못된 페이지 크기)</translation>
    </message>
    <message>
        <source>the file is truncated: %1 of %2 bytes</source>
        <translation>파일이 잘렸습니다: %2바이트 중 %1바이트</translation>
    </message>
    <message>
        <source>the file is corrupt and cannot be read</source>
        <translation>파일이 손상되어 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>the file is corrupt: %1</source>
        <translation>파일이 손상되었습니다: %1</translation>
    </message>
    <message>
        <source>the file&apos;s references cannot be checked</source>
        <translation>파일의 참조를 검사할 수 없습니다</translation>
    </message>
    <message>
        <source>dangling reference: a row of table %1 refers to a missing %2</source>
        <translation>끊어진 참조: %1 테이블의 행이 존재하지 않는 %2 항목을 참조합니다</translation>
    </message>
    <message>
        <source>not a Journey Studio project (schema version %1)</source>
        <translation>Journey Studio 프로젝트가 아닙니다(스키마 버전 %1)</translation>
    </message>
    <message>
        <source>cannot start writing the project</source>
        <translation>프로젝트 쓰기를 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>cannot finish writing the project</source>
        <translation>프로젝트 쓰기를 완료할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>cjm::ProjectLoader</name>
    <message>
        <source>table %1 holds a value that is too large (over 16 MiB)</source>
        <translation>%1 테이블에 너무 큰 값(16MiB 초과)이 있습니다</translation>
    </message>
    <message>
        <source>table %1 cannot be read: %2</source>
        <translation>%1 테이블을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>%1 열: %2</translation>
    </message>
    <message>
        <source>column %1: the id is missing</source>
        <translation>%1 열: ID가 없습니다</translation>
    </message>
    <message>
        <source>table project is empty: the file has no project</source>
        <translation>project 테이블이 비어 있습니다. 파일에 프로젝트가 없습니다</translation>
    </message>
    <message>
        <source>table project: %1</source>
        <translation>project 테이블: %1</translation>
    </message>
    <message>
        <source>table project holds more than one project</source>
        <translation>project 테이블에 프로젝트가 두 개 이상 있습니다</translation>
    </message>
    <message>
        <source>table %1: a link end is not a UUID</source>
        <translation>%1 테이블: 연결의 한쪽 끝이 UUID가 아닙니다</translation>
    </message>
    <message>
        <source>table %1, column position: %2</source>
        <translation>%1 테이블, position 열: %2</translation>
    </message>
    <message>
        <source>table %1, row %2: its stage is not the stage of its touchpoint</source>
        <translation>%1 테이블, %2 행: 단계가 해당 터치포인트의 단계와 다릅니다</translation>
    </message>
    <message>
        <source>table metric, row %1: the scale&apos;s minimum is not below its maximum</source>
        <translation>metric 테이블, %1 행: 척도의 최솟값이 최댓값보다 작지 않습니다</translation>
    </message>
    <message>
        <source>table %1 holds %2 rows with values of the wrong type or range</source>
        <translation>%1 테이블에 유형이 잘못되었거나 범위를 벗어난 값이 있는 행이 %2개 있습니다</translation>
    </message>
    <message>
        <source>table %1, row %2: %3</source>
        <translation>%1 테이블, %2 행: %3</translation>
    </message>
</context>
<context>
    <name>cjm::ProjectOutline</name>
    <message>
        <source>Personas</source>
        <translation>페르소나</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>여정</translation>
    </message>
    <message>
        <source>%1 — %2 customer</source>
        <translation>%1 — %2 고객</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 · emotion %2 (%3)</source>
        <translation>%1 · 감정 %2 (%3)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(제목 없음)</translation>
    </message>
</context>
<context>
    <name>cjm::RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>최근 파일 없음</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>메뉴 지우기(&amp;C)</translation>
    </message>
</context>
<context>
    <name>cjm::RemoveEntities</name>
    <message numerus="yes">
        <source>Remove %n item(s)</source>
        <translation>
            <numerusform>항목 %n개 삭제</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to remove</source>
        <translation>삭제할 항목이 없습니다</translation>
    </message>
    <message>
        <source>a %1 cannot be removed this way</source>
        <translation>%1 항목은 이 방법으로 삭제할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>cjm::RemoveInsight</name>
    <message>
        <source>Remove insight</source>
        <translation>인사이트 삭제</translation>
    </message>
</context>
<context>
    <name>cjm::RemoveJourney</name>
    <message>
        <source>Remove journey</source>
        <translation>여정 삭제</translation>
    </message>
</context>
<context>
    <name>cjm::RemoveLane</name>
    <message>
        <source>Remove lane</source>
        <translation>레인 삭제</translation>
    </message>
</context>
<context>
    <name>cjm::RemoveMeasurement</name>
    <message>
        <source>Remove measurement</source>
        <translation>측정값 삭제</translation>
    </message>
</context>
<context>
    <name>cjm::RemoveMetric</name>
    <message>
        <source>Remove metric</source>
        <translation>지표 삭제</translation>
    </message>
</context>
<context>
    <name>cjm::RemoveOpportunity</name>
    <message>
        <source>Remove opportunity</source>
        <translation>기회 삭제</translation>
    </message>
</context>
<context>
    <name>cjm::RemovePainPoint</name>
    <message>
        <source>Remove pain point</source>
        <translation>페인 포인트 삭제</translation>
    </message>
</context>
<context>
    <name>cjm::RemovePersona</name>
    <message>
        <source>Remove persona</source>
        <translation>페르소나 삭제</translation>
    </message>
</context>
<context>
    <name>cjm::RemoveStage</name>
    <message>
        <source>Remove stage</source>
        <translation>단계 삭제</translation>
    </message>
</context>
<context>
    <name>cjm::RemoveTouchpoint</name>
    <message>
        <source>Remove touchpoint</source>
        <translation>터치포인트 삭제</translation>
    </message>
</context>
<context>
    <name>cjm::ReorderInsight</name>
    <message>
        <source>Move insight</source>
        <translation>인사이트 이동</translation>
    </message>
</context>
<context>
    <name>cjm::ReorderJourney</name>
    <message>
        <source>Move journey</source>
        <translation>여정 이동</translation>
    </message>
</context>
<context>
    <name>cjm::ReorderLane</name>
    <message>
        <source>Move lane</source>
        <translation>레인 이동</translation>
    </message>
</context>
<context>
    <name>cjm::ReorderMetric</name>
    <message>
        <source>Move metric</source>
        <translation>지표 이동</translation>
    </message>
</context>
<context>
    <name>cjm::ReorderOpportunity</name>
    <message>
        <source>Move opportunity</source>
        <translation>기회 이동</translation>
    </message>
</context>
<context>
    <name>cjm::ReorderPainPoint</name>
    <message>
        <source>Move pain point</source>
        <translation>페인 포인트 이동</translation>
    </message>
</context>
<context>
    <name>cjm::ReorderPersona</name>
    <message>
        <source>Move persona</source>
        <translation>페르소나 이동</translation>
    </message>
</context>
<context>
    <name>cjm::ReorderStage</name>
    <message>
        <source>Move stage</source>
        <translation>단계 이동</translation>
    </message>
</context>
<context>
    <name>cjm::ReorderTouchpoint</name>
    <message>
        <source>Move touchpoint</source>
        <translation>터치포인트 이동</translation>
    </message>
</context>
<context>
    <name>cjm::RiskAssessment</name>
    <message>
        <source>Low</source>
        <comment>risk level</comment>
        <translation>낮음</translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>risk level</comment>
        <translation>보통</translation>
    </message>
    <message>
        <source>High</source>
        <comment>risk level</comment>
        <translation>높음</translation>
    </message>
    <message>
        <source>Critical</source>
        <comment>risk level</comment>
        <translation>심각</translation>
    </message>
</context>
<context>
    <name>cjm::SampleQuality</name>
    <message>
        <source>n = %1 (small sample)</source>
        <translation>n = %1 (표본 수 적음)</translation>
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
        <translation>파일의 스키마를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>schema version %1 is unknown</source>
        <translation>알 수 없는 스키마 버전 %1</translation>
    </message>
    <message>
        <source>the file contains an unexpected %1</source>
        <translation>파일에 예상하지 못한 개체가 있습니다: %1</translation>
    </message>
    <message>
        <source>%1 does not have the expected definition</source>
        <translation>%1의 정의가 예상과 다릅니다</translation>
    </message>
    <message>
        <source>the file lacks the %1</source>
        <translation>파일에 다음 개체가 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>cjm::SetEmotion</name>
    <message>
        <source>Change emotion</source>
        <translation>감정 변경</translation>
    </message>
    <message>
        <source>Change to-be emotion</source>
        <translation>목표 감정 변경</translation>
    </message>
    <message>
        <source>the as-is emotion cannot be cleared</source>
        <translation>현재 감정은 지울 수 없습니다</translation>
    </message>
</context>
<context>
    <name>cjm::SetLaneCellText</name>
    <message>
        <source>Edit lane text</source>
        <translation>레인 텍스트 편집</translation>
    </message>
</context>
<context>
    <name>cjm::SqlConnection</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 파일을 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>파일을 열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>database error in &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;에서 데이터베이스 오류가 발생했습니다: %2</translation>
    </message>
</context>
<context>
    <name>cjm::SurveyDateParser</name>
    <message>
        <source>Column &apos;%1&apos; has no values to read dates from.</source>
        <translation>&apos;%1&apos; 열에 날짜를 읽을 값이 없습니다.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; does not hold dates: &apos;%2&apos; is not a date.</source>
        <translation>&apos;%1&apos; 열에 날짜가 없습니다. &apos;%2&apos;은(는) 날짜가 아닙니다.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; mixes day/month/year and month/day/year dates.</source>
        <translation>&apos;%1&apos; 열에 일/월/연도 형식과 월/일/연도 형식의 날짜가 섞여 있습니다.</translation>
    </message>
    <message>
        <source>In column &apos;%1&apos; no day is above 12, so it is not clear whether the dates are day/month/year or month/day/year.</source>
        <translation>&apos;%1&apos; 열에 12보다 큰 일(日) 값이 없어 날짜가 일/월/연도 형식인지 월/일/연도 형식인지 알 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>cjm::SurveyLayoutDetector</name>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>파일이 비어 있습니다. 머리글 행이 없습니다.</translation>
    </message>
</context>
<context>
    <name>cjm::UnlinkEntities</name>
    <message>
        <source>%1 %2 is not linked to %3 %4</source>
        <translation>%1 %2 항목은 %3 %4 항목에 연결되어 있지 않습니다</translation>
    </message>
    <message>
        <source>Remove persona from journey</source>
        <translation>여정에서 페르소나 제거</translation>
    </message>
    <message>
        <source>Remove image from touchpoint</source>
        <translation>터치포인트에서 이미지 제거</translation>
    </message>
    <message>
        <source>Unlink opportunity from pain point</source>
        <translation>기회와 페인 포인트의 연결 해제</translation>
    </message>
    <message>
        <source>Unlink opportunity from touchpoint</source>
        <translation>기회와 터치포인트의 연결 해제</translation>
    </message>
    <message>
        <source>Unlink insight from touchpoint</source>
        <translation>인사이트와 터치포인트의 연결 해제</translation>
    </message>
    <message>
        <source>Unlink insight from pain point</source>
        <translation>인사이트와 페인 포인트의 연결 해제</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>연결 해제</translation>
    </message>
</context>
<context>
    <name>cjm::WorkingCopy</name>
    <message>
        <source>the working copy is in use</source>
        <translation>작업 사본이 사용 중입니다</translation>
    </message>
    <message>
        <source>cannot delete %1</source>
        <translation>%1 파일을 삭제할 수 없습니다</translation>
    </message>
    <message>
        <source>cannot lock the working copy in %1</source>
        <translation>%1에 있는 작업 사본을 잠글 수 없습니다</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 파일에 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>cannot copy %1 into the working folder</source>
        <translation>%1 파일을 작업 폴더로 복사할 수 없습니다</translation>
    </message>
    <message>
        <source>cannot write the new project</source>
        <translation>새 프로젝트를 기록할 수 없습니다</translation>
    </message>
    <message>
        <source>the working copy is in use by another process</source>
        <translation>다른 프로세스가 작업 사본을 사용 중입니다</translation>
    </message>
    <message>
        <source>cannot start writing to the working copy</source>
        <translation>작업 사본에 쓰기를 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>cannot commit to the working copy</source>
        <translation>작업 사본에 변경 사항을 반영할 수 없습니다</translation>
    </message>
</context>
</TS>
