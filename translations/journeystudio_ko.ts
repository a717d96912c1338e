<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>Status</name>
    <message>
        <source>%1: expected an object, got %2</source>
        <translation>%1: 객체가 필요하지만 %2입니다</translation>
    </message>
    <message>
        <source>%1: the id is missing</source>
        <translation>%1: ID가 없습니다</translation>
    </message>
    <message>
        <source>%1: expected an array, got %2</source>
        <translation>%1: 배열이 필요하지만 %2입니다</translation>
    </message>
    <message>
        <source>%1.id: %2 is used twice (also at %3)</source>
        <translation>%1.id: %2이(가) 두 번 사용되었습니다(%3에서도 사용됨)</translation>
    </message>
</context>
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
    <name>cjm::AttachImage</name>
    <message>
        <source>Add image to touchpoint</source>
        <translation>터치포인트에 이미지 추가</translation>
    </message>
</context>
<context>
    <name>cjm::CardCloseUp</name>
    <message>
        <source>%1 (external provider)</source>
        <translation>%1(외부 공급자)</translation>
    </message>
    <message>
        <source>Emotion %1 (%2)</source>
        <translation>감정 %1(%2)</translation>
    </message>
    <message>
        <source>%1 — risk %2</source>
        <translation>%1 — 위험 %2</translation>
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
        <source>Metrics</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>인사이트</translation>
    </message>
    <message>
        <source>Risk %1: severity %2 × likelihood %3 = %4</source>
        <translation>위험 %1: 심각도 %2 × 발생 가능성 %3 = %4</translation>
    </message>
    <message>
        <source>%1 % of customers affected</source>
        <translation>고객의 %1 %가 영향을 받음</translation>
    </message>
    <message>
        <source>Addressed by</source>
        <translation>해결하는 기회</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>근거</translation>
    </message>
    <message>
        <source>Impact %1 · effort %2</source>
        <translation>영향 %1 · 노력 %2</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>해결 대상</translation>
    </message>
    <message>
        <source>%1: %2 (n = %3)</source>
        <translation>%1: %2(n = %3)</translation>
    </message>
    <message>
        <source>%1, target %2</source>
        <translation>%1, 목표값 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n표</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::CastVote</name>
    <message>
        <source>only pain points and opportunities take votes</source>
        <translation>페인 포인트와 기회만 투표할 수 있습니다</translation>
    </message>
    <message>
        <source>Vote for opportunity</source>
        <translation>기회에 투표</translation>
    </message>
    <message>
        <source>Take back vote for opportunity</source>
        <translation>기회 투표 취소</translation>
    </message>
    <message>
        <source>Vote for pain point</source>
        <translation>페인 포인트에 투표</translation>
    </message>
    <message>
        <source>Take back vote for pain point</source>
        <translation>페인 포인트 투표 취소</translation>
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
    <message>
        <source>%1: an argument is missing</source>
        <translation>%1: 인수가 없습니다</translation>
    </message>
    <message>
        <source>The journey to export (default: the first).</source>
        <translation>내보낼 여정(기본값: 첫 번째 여정).</translation>
    </message>
    <message>
        <source>pdf, svg, png, json, csv, xlsx or mermaid.</source>
        <translation>pdf, svg, png, json, csv, xlsx 또는 mermaid.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>쓸 파일.</translation>
    </message>
    <message>
        <source>PDF paper: a4, a3 or letter (default: fitted to the map).</source>
        <translation>PDF 용지: a4, a3 또는 letter(기본값: 맵에 맞춤).</translation>
    </message>
    <message>
        <source>PAGE</source>
        <translation>PAGE</translation>
    </message>
    <message>
        <source>PDF: landscape paper.</source>
        <translation>PDF: 가로 방향 용지.</translation>
    </message>
    <message>
        <source>PDF: cut the map into overlapping pages at full size.</source>
        <translation>PDF: 맵을 원래 크기로 겹치는 페이지로 나눕니다.</translation>
    </message>
    <message>
        <source>PNG: dots per inch (96 is the screen size).</source>
        <translation>PNG: 인치당 도트 수(96은 화면 크기).</translation>
    </message>
    <message>
        <source>PNG and tiled PDF: size factor (1 = screen size).</source>
        <translation>PNG 및 분할 PDF: 크기 배율(1 = 화면 크기).</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>PNG and SVG: transparent background.</source>
        <translation>PNG 및 SVG: 투명 배경.</translation>
    </message>
    <message>
        <source>light, dark or high-contrast.</source>
        <translation>light, dark 또는 high-contrast.</translation>
    </message>
    <message>
        <source>THEME</source>
        <translation>THEME</translation>
    </message>
    <message>
        <source>Leave out the title block and legend.</source>
        <translation>제목 블록과 범례를 생략합니다.</translation>
    </message>
    <message>
        <source>PDF: add the pain-point and opportunity tables.</source>
        <translation>PDF: 페인 포인트 및 기회 표를 추가합니다.</translation>
    </message>
    <message>
        <source>export: --format is missing (one of %1)</source>
        <translation>export: --format이 없습니다(%1 중 하나)</translation>
    </message>
    <message>
        <source>export: unknown format &quot;%1&quot; (one of %2)</source>
        <translation>export: 알 수 없는 형식 &quot;%1&quot;(%2 중 하나)</translation>
    </message>
    <message>
        <source>export: -o OUT is missing</source>
        <translation>export: -o OUT이 없습니다</translation>
    </message>
    <message>
        <source>export: unknown page &quot;%1&quot; (a4, a3 or letter)</source>
        <translation>export: 알 수 없는 페이지 &quot;%1&quot;(a4, a3 또는 letter)</translation>
    </message>
    <message>
        <source>export: --dpi must be a whole number from 1 to %1, not &quot;%2&quot;</source>
        <translation>export: --dpi는 1에서 %1 사이의 정수여야 합니다(&quot;%2&quot;이(가) 아님)</translation>
    </message>
    <message>
        <source>export: --scale must be a number above 0 and at most %1, not &quot;%2&quot;</source>
        <translation>export: --scale은 0보다 크고 %1 이하인 숫자여야 합니다(&quot;%2&quot;이(가) 아님)</translation>
    </message>
    <message>
        <source>export: unknown theme &quot;%1&quot; (light, dark or high-contrast)</source>
        <translation>export: 알 수 없는 테마 &quot;%1&quot;(light, dark 또는 high-contrast)</translation>
    </message>
    <message>
        <source>the project has no journey to export</source>
        <translation>프로젝트에 내보낼 여정이 없습니다</translation>
    </message>
    <message>
        <source>no journey named &quot;%1&quot;; the journeys are: %2</source>
        <translation>이름이 &quot;%1&quot;인 여정이 없습니다. 여정 목록: %2</translation>
    </message>
    <message>
        <source>%1: the image was limited to %2 × %3 pixels (scale %4)</source>
        <translation>%1: 이미지가 %2 × %3픽셀로 제한되었습니다(배율 %4)</translation>
    </message>
    <message>
        <source>%1: wrote %2</source>
        <translation>%1: %2 작성함</translation>
    </message>
    <message>
        <source>%1: note: %2 characters; Mermaid draws at most %3 unless its maxTextSize setting is raised</source>
        <translation>%1: 참고: %2자입니다. maxTextSize 설정을 높이지 않으면 Mermaid는 최대 %3자까지만 그립니다</translation>
    </message>
    <message>
        <source>opened read-only (%1); nothing imported</source>
        <translation>읽기 전용으로 열림(%1). 가져온 항목이 없습니다</translation>
    </message>
    <message>
        <source>the project is open in Journey Studio; close it first</source>
        <translation>프로젝트가 Journey Studio에서 열려 있습니다. 먼저 닫으십시오</translation>
    </message>
    <message>
        <source>a crashed session left unsaved work: run &quot;recover&quot; first</source>
        <translation>비정상 종료된 세션에 저장되지 않은 작업이 남아 있습니다. 먼저 &quot;recover&quot;를 실행하십시오</translation>
    </message>
    <message>
        <source>not mapped: %1</source>
        <translation>매핑되지 않음: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) matched existing personas</source>
        <translation>
            <numerusform>액터 %n개가 기존 페르소나와 일치했습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: imported %2 into %3</source>
        <translation>%1: %2을(를) %3(으)로 가져왔습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of the file already exist in the project (same UUID): imported as copies with new UUIDs</source>
        <translation>
            <numerusform>파일의 항목 %n개가 이미 프로젝트에 있습니다(같은 UUID). 새 UUID를 가진 사본으로 가져왔습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation>충돌: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more conflict(s)</source>
        <translation>
            <numerusform>… 외 충돌 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Column mapping (JSON, see docs/METRICS.md).</source>
        <translation>열 매핑(JSON, docs/METRICS.md 참조).</translation>
    </message>
    <message>
        <source>MAPPING.json</source>
        <translation>MAPPING.json</translation>
    </message>
    <message>
        <source>Map the columns from their questions.</source>
        <translation>질문을 기준으로 열을 매핑합니다.</translation>
    </message>
    <message>
        <source>The journey the survey is about.</source>
        <translation>설문 대상 여정.</translation>
    </message>
    <message>
        <source>Encoding of the CSV: utf-8, utf-16le, utf-16be or gb18030.</source>
        <translation>CSV 인코딩: utf-8, utf-16le, utf-16be 또는 gb18030.</translation>
    </message>
    <message>
        <source>Order of day and month when the dates leave it open: dmy, mdy or ymd.</source>
        <translation>날짜에서 일과 월의 순서가 불분명할 때의 순서: dmy, mdy 또는 ymd.</translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation>ORDER</translation>
    </message>
    <message>
        <source>Check the rows; write nothing.</source>
        <translation>행을 검사만 하고 아무것도 쓰지 않습니다.</translation>
    </message>
    <message>
        <source>not a JSON object: %1</source>
        <translation>JSON 객체가 아님: %1</translation>
    </message>
    <message>
        <source>import-survey: no mapping stored for these columns: give --mapping MAPPING.json or --auto</source>
        <translation>import-survey: 이 열에 대해 저장된 매핑이 없습니다. --mapping MAPPING.json 또는 --auto를 지정하십시오</translation>
    </message>
    <message>
        <source>import-survey: give --mapping or --auto, not both</source>
        <translation>import-survey: --mapping과 --auto 중 하나만 지정하십시오</translation>
    </message>
    <message>
        <source>import-survey: unknown encoding &quot;%1&quot;</source>
        <translation>import-survey: 알 수 없는 인코딩 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>import-survey: --date-order must be dmy, mdy or ymd</source>
        <translation>import-survey: --date-order는 dmy, mdy 또는 ymd여야 합니다</translation>
    </message>
    <message>
        <source>no journey &quot;%1&quot;</source>
        <translation>여정 &quot;%1&quot;이(가) 없습니다</translation>
    </message>
    <message>
        <source>Only this journey.</source>
        <translation>이 여정만.</translation>
    </message>
    <message>
        <source>Group by stage, touchpoint, persona, week, month or quarter.</source>
        <translation>stage, touchpoint, persona, week, month 또는 quarter별로 그룹화합니다.</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GROUP</translation>
    </message>
    <message>
        <source>NPS %1 (±%2, %3)</source>
        <translation>NPS %1(±%2, %3)</translation>
    </message>
    <message>
        <source>CSAT %1 % (mean %2, %3)</source>
        <translation>CSAT %1 %(평균 %2, %3)</translation>
    </message>
    <message>
        <source>CES %1 (agree %2 %, %3)</source>
        <translation>CES %1(동의 %2 %, %3)</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>응답 없음</translation>
    </message>
    <message>
        <source>metrics: --by must be stage, touchpoint, persona, week, month or quarter, not &quot;%1&quot;</source>
        <translation>metrics: --by는 stage, touchpoint, persona, week, month 또는 quarter여야 합니다(&quot;%1&quot;이(가) 아님)</translation>
    </message>
    <message>
        <source>Overall: %1</source>
        <translation>전체: %1</translation>
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
        <translation>사용법: %1 COMMAND FILE [OPTIONS]

명령:
  new FILE [--name NAME] [--force]
      빈 프로젝트 파일을 만듭니다. --force가 없으면 기존 파일은 유지됩니다.
  info FILE [--json]
      프로젝트 내용을 표시합니다: 모든 엔터티 종류의 개수(여정별 포함).
  validate FILE
      프로젝트 파일을 신뢰할 수 없는 입력으로 간주하여 검사하고 &quot;valid&quot; 또는 문제를 출력합니다.
  recover FILE [--list | --discard | -o OUT [--force]]
      예기치 않게 종료된 세션의 저장되지 않은 작업을 FILE(또는 OUT)로 복원합니다.
      --list는 남아 있는 작업 사본을 표시하고, --discard는 이를 삭제합니다.
  generate FILE --journeys N --stages N --touchpoints N [--seed S] [--name NAME]
           [--force]
      합성 프로젝트를 작성합니다. --touchpoints는 각 여정의 터치포인트 수이며
      여정의 단계에 고르게 분배됩니다.
  import-survey FILE CSV [--mapping MAPPING.json | --auto] [--journey NAME]
           [--encoding NAME] [--date-order dmy|mdy|ymd] [--keep-answers]
           [--dry-run]
      설문 내보내기 파일(Qualtrics, SurveyMonkey, Google Forms, 일반 CSV)을 가져오고
      요약을 출력합니다. --mapping이나 --auto가 없으면 같은 열에 대해 저장된
      매핑을 사용합니다. 가져온 행이 없으면 종료 코드 2로 끝납니다.
  metrics FILE [--journey NAME] [--by stage|touchpoint|persona|month] [--json]
      가져온 설문의 NPS, CSAT, CES를 전체 및 그룹별로 표시합니다.
  export FILE --format pdf|svg|png|json|csv|xlsx|mermaid -o OUT [--journey NAME]
           [--page a4|a3|letter] [--landscape] [--tiled] [--dpi N] [--scale F]
           [--transparent] [--theme light|dark|high-contrast] [--no-title-block]
           [--report]
      여정 맵(pdf, svg, png) 또는 프로젝트 데이터를 OUT에 씁니다. --journey가
      없으면 첫 번째 여정을 사용합니다. --tiled는 PDF를 겹치는 페이지로 나눕니다.
  import FILE SOURCE.json|SOURCE.mmd
      JSON 내보내기 파일(병합되며, FILE에 이미 있는 UUID는 새 UUID를 가진 사본으로
      가져옴) 또는 Mermaid 여정 다이어그램(새 여정)을 실행 취소 가능한 한 단계로
      FILE에 추가하고 FILE을 저장합니다.

옵션:
  -h, --help     이 도움말을 표시합니다.
  --version      버전을 표시합니다.

종료 상태: 0 완료, 1 복구할 항목 없음, 2 잘못된 파일, 거부 또는 실패,
64 사용법 오류.
</translation>
    </message>
    <message>
        <source>Also store every answer (survey_answer), not only the aggregates.</source>
        <translation>집계값뿐 아니라 모든 응답(survey_answer)도 저장합니다.</translation>
    </message>
</context>
<context>
    <name>cjm::ClipboardFragment</name>
    <message>
        <source>The clipboard data is not valid JSON (at character %1): %2</source>
        <translation>클립보드 데이터가 유효한 JSON이 아닙니다(문자 %1): %2</translation>
    </message>
    <message>
        <source>The clipboard data is not a Journey Studio fragment.</source>
        <translation>클립보드 데이터가 Journey Studio 조각이 아닙니다.</translation>
    </message>
    <message>
        <source>The clipboard data comes from a newer Journey Studio (format version %1).</source>
        <translation>클립보드 데이터가 최신 버전의 Journey Studio에서 생성되었습니다(형식 버전 %1).</translation>
    </message>
    <message>
        <source>The clipboard data has a %1 without an id (entry %2).</source>
        <translation>클립보드 데이터에 ID가 없는 %1이(가) 있습니다(항목 %2).</translation>
    </message>
    <message>
        <source>The clipboard data has a link of unknown kind %1 (link %2).</source>
        <translation>클립보드 데이터에 알 수 없는 종류 %1의 링크가 있습니다(링크 %2).</translation>
    </message>
    <message>
        <source>There is no journey to paste the stages into.</source>
        <translation>단계를 붙여 넣을 여정이 없습니다.</translation>
    </message>
    <message>
        <source>Select a stage to paste the touchpoints into.</source>
        <translation>터치포인트를 붙여 넣을 단계를 선택하십시오.</translation>
    </message>
    <message>
        <source>Select a touchpoint or a stage to paste the cards onto.</source>
        <translation>카드를 붙여 넣을 터치포인트나 단계를 선택하십시오.</translation>
    </message>
    <message>
        <source>There is no journey to paste the lanes into.</source>
        <translation>레인을 붙여 넣을 여정이 없습니다.</translation>
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
    <name>cjm::CsvTableWriter</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: 폴더를 만들 수 없습니다</translation>
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
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Whole project as JSON (*.json)</source>
        <translation>프로젝트 전체 JSON (*.json)</translation>
    </message>
    <message>
        <source>Tables as an Excel workbook (*.xlsx)</source>
        <translation>표를 Excel 통합 문서로 (*.xlsx)</translation>
    </message>
    <message>
        <source>Tables as CSV files (*.csv)</source>
        <translation>표를 CSV 파일로 (*.csv)</translation>
    </message>
    <message>
        <source>Journey as a Mermaid diagram (*.mmd)</source>
        <translation>여정을 Mermaid 다이어그램으로 (*.mmd)</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>데이터 내보내기</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1을(를) 내보냈습니다</translation>
    </message>
    <message>
        <source>Journey Studio JSON or Mermaid journey (*.json *.mmd *.mermaid)</source>
        <translation>Journey Studio JSON 또는 Mermaid 여정 (*.json *.mmd *.mermaid)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>%1을(를) 가져왔습니다</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1을(를) 가져왔습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of the file already exist in the project (same UUID): imported as copies with new UUIDs.</source>
        <translation>
            <numerusform>파일의 항목 %n개가 이미 프로젝트에 있습니다(같은 UUID): 새 UUID를 가진 사본으로 가져왔습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some of the diagram could not be kept.</source>
        <translation>다이어그램의 일부를 유지할 수 없습니다.</translation>
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
    <name>cjm::DriverQuadrantChart</name>
    <message>
        <source>Driver analysis: importance and performance</source>
        <translation>동인 분석: 중요도와 성과</translation>
    </message>
    <message>
        <source>No survey answers for this journey yet. Import survey data with an NPS column and CSAT columns about touchpoints to see which touchpoints drive the NPS.</source>
        <translation>이 여정에 대한 설문 응답이 아직 없습니다. 어떤 터치포인트가 NPS를 좌우하는지 보려면 NPS 열과 터치포인트에 대한 CSAT 열이 있는 설문 데이터를 가져오십시오.</translation>
    </message>
    <message>
        <source>Driver analysis needs an NPS answer and CSAT answers about at least two touchpoints from the same respondents.</source>
        <translation>동인 분석에는 동일한 응답자로부터 NPS 응답과 두 개 이상의 터치포인트에 대한 CSAT 응답이 필요합니다.</translation>
    </message>
    <message>
        <source>%1
importance r = %2, mean %3, n = %4</source>
        <translation>%1
중요도 r = %2, 평균 %3, n = %4</translation>
    </message>
    <message>
        <source>Performance (mean CSAT)</source>
        <translation>성과(CSAT 평균)</translation>
    </message>
    <message>
        <source>Importance (r with NPS)</source>
        <translation>중요도(NPS와의 r)</translation>
    </message>
    <message>
        <source>touchpoints: %1 · n = up to %2 respondents with both answers</source>
        <translation>터치포인트: %1 · n = 두 응답을 모두 한 응답자 최대 %2명</translation>
    </message>
    <message>
        <source>hollow points: fewer than %1 pairs</source>
        <translation>빈 점: %1쌍 미만</translation>
    </message>
    <message>
        <source>lines: medians</source>
        <translation>선: 중앙값</translation>
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
    <name>cjm::EmotionCurveChart</name>
    <message>
        <source>Emotion curve: as-is and to-be</source>
        <translation>감정 곡선: 현재(As-Is)와 목표(To-Be)</translation>
    </message>
    <message>
        <source>Open a project and choose a journey to see its emotion curve.</source>
        <translation>감정 곡선을 보려면 프로젝트를 열고 여정을 선택하십시오.</translation>
    </message>
    <message>
        <source>As-is</source>
        <translation>현재(As-Is)</translation>
    </message>
    <message>
        <source>To-be</source>
        <translation>목표(To-Be)</translation>
    </message>
    <message>
        <source>This journey has no touchpoints yet. Add touchpoints on the map and rate their emotion to see the curve.</source>
        <translation>이 여정에는 아직 터치포인트가 없습니다. 곡선을 보려면 맵에 터치포인트를 추가하고 감정을 평가하십시오.</translation>
    </message>
    <message>
        <source>n = %1 touchpoints, %2 with a to-be emotion</source>
        <translation>n = 터치포인트 %1개, 목표(To-Be) 감정 있음 %2개</translation>
    </message>
    <message>
        <source>persona: %1</source>
        <translation>페르소나: %1</translation>
    </message>
</context>
<context>
    <name>cjm::ExportDialog</name>
    <message>
        <source>Cut into overlapping pages at full size</source>
        <translation>원래 크기로 겹치는 페이지로 나누기</translation>
    </message>
    <message>
        <source>Title block with legend</source>
        <translation>범례가 있는 제목 블록</translation>
    </message>
    <message>
        <source>Pain-point and opportunity tables</source>
        <translation>페인 포인트 및 기회 표</translation>
    </message>
    <message>
        <source>Export Map</source>
        <translation>맵 내보내기</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 문서</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG 그림</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 이미지</translation>
    </message>
    <message>
        <source>Fitted to the map</source>
        <translation>맵에 맞춤</translation>
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
        <translation>세로</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>가로</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Theme background</source>
        <translation>테마 배경</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>투명</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>고대비</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>형식(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>용지(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>방향(&amp;O):</translation>
    </message>
    <message>
        <source>Print &amp;scale:</source>
        <translation>인쇄 배율(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>해상도(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>배경(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>테마(&amp;T):</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>보고서:</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서(*.pdf)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 그림(*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지(*.png)</translation>
    </message>
    <message>
        <source>Exporting the map…</source>
        <translation>맵 내보내는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>cjm::ExportReport</name>
    <message>
        <source>Report: %1</source>
        <translation>보고서: %1</translation>
    </message>
    <message>
        <source>Pain points by risk</source>
        <translation>위험도별 페인 포인트</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>페인 포인트</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>터치포인트</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>발생 가능성</translation>
    </message>
    <message>
        <source>Score (S × L)</source>
        <translation>점수(S × L)</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>위험</translation>
    </message>
    <message>
        <source>(whole stage)</source>
        <translation>(단계 전체)</translation>
    </message>
    <message>
        <source>Opportunities, ranked</source>
        <translation>기회(순위별)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>기회</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>페인 포인트</translation>
    </message>
    <message>
        <source>Risk addressed</source>
        <translation>해결되는 위험</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>노력</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1(계속)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>없음.</translation>
    </message>
    <message>
        <source>Risk matrix: pain points by severity × likelihood</source>
        <translation>위험 매트릭스: 심각도 × 가능성별 페인 포인트</translation>
    </message>
    <message>
        <source>L %1</source>
        <translation>가능성 %1</translation>
    </message>
    <message>
        <source>Severity %1</source>
        <translation>심각도 %1</translation>
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
        <translation>설정 안 함</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
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
        <translation>설문</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>인터뷰</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>불만</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>소셜 미디어</translation>
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
        <source>Other</source>
        <translation>기타</translation>
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
        <translation>사용자 지정</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>상호작용</translation>
    </message>
    <message>
        <source>Perception</source>
        <translation>인식</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>행동</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>높을수록 좋음</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>낮을수록 좋음</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>수동</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>여정</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>터치포인트</translation>
    </message>
    <message>
        <source>Contain</source>
        <translation>억제</translation>
    </message>
    <message>
        <source>Contact the customer</source>
        <translation>고객 연락</translation>
    </message>
    <message>
        <source>Investigate</source>
        <translation>조사</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>시정</translation>
    </message>
    <message>
        <source>Prevent recurrence</source>
        <translation>재발 방지</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>환경</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>External provider</source>
        <translation>외부 공급자</translation>
    </message>
    <message>
        <source>Customer action</source>
        <translation>고객 행동</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>생각</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>느낌</translation>
    </message>
    <message>
        <source>Emotion (as-is)</source>
        <translation>감정(현재(As-Is))</translation>
    </message>
    <message>
        <source>Emotion (to-be)</source>
        <translation>감정(목표(To-Be))</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>근거</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>진실의 순간</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>백스테이지</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>범주</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>발생 가능성</translation>
    </message>
    <message>
        <source>Customers affected</source>
        <translation>영향받는 고객</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>처리</translation>
    </message>
    <message>
        <source>Handling notes</source>
        <translation>처리 메모</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>투표</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>영향</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>노력</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Expected change</source>
        <translation>예상 변화</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Source detail</source>
        <translation>출처 세부 정보</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>등급</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>고객 비율</translation>
    </message>
    <message>
        <source>Value per customer</source>
        <translation>고객당 가치</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>요구 사항</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>불만 사항</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>색상</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>시나리오</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Customer goal</source>
        <translation>고객 목표</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>표시</translation>
    </message>
    <message>
        <source>Scale minimum</source>
        <translation>척도 최솟값</translation>
    </message>
    <message>
        <source>Scale maximum</source>
        <translation>척도 최댓값</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>방향</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>목표값</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>범위</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>기간 시작</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>기간 종료</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Sample size</source>
        <translation>표본 크기</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Content language</source>
        <translation>콘텐츠 언어</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>페르소나</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>레인</translation>
    </message>
    <message>
        <source>Lane cell</source>
        <translation>레인 셀</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>페인 포인트</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>기회</translation>
    </message>
    <message>
        <source>Insight</source>
        <translation>인사이트</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>측정값</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>링크</translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s)</source>
        <translation>
            <numerusform>페르소나 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journey(s)</source>
        <translation>
            <numerusform>여정 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>단계 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s)</source>
        <translation>
            <numerusform>터치포인트 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pain point(s)</source>
        <translation>
            <numerusform>페인 포인트 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(-ies)</source>
        <translation>
            <numerusform>기회 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n insight(s)</source>
        <translation>
            <numerusform>인사이트 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>항목 %n개</numerusform>
        </translation>
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
        <source>Feelings and emotion</source>
        <translation>느낌과 감정</translation>
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
        <source>Metrics</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>인사이트</translation>
    </message>
    <message>
        <source>Text lane</source>
        <translation>텍스트 레인</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
</context>
<context>
    <name>cjm::FieldEditor</name>
    <message>
        <source>No date</source>
        <translation>날짜 없음</translation>
    </message>
    <message>
        <source>(mixed)</source>
        <translation>(혼합)</translation>
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
        <translation>(혼합)</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>날짜 없음</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>설정 안 함</translation>
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
    <name>cjm::FindBar</name>
    <message>
        <source>Find:</source>
        <translation>찾기:</translation>
    </message>
    <message>
        <source>Titles, descriptions, insights</source>
        <translation>제목, 설명, 인사이트</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>Find the previous match (Shift+Enter)</source>
        <translation>이전 일치 항목 찾기(Shift+Enter)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>Find the next match (Enter)</source>
        <translation>다음 일치 항목 찾기(Enter)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>일치 항목 없음</translation>
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
        <translation>%1/%2 — %3</translation>
    </message>
</context>
<context>
    <name>cjm::ImageDropper</name>
    <message>
        <source>Could not read the image %1: %2</source>
        <translation>이미지 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Could not encode the image %1.</source>
        <translation>이미지 %1을(를) 인코딩할 수 없습니다.</translation>
    </message>
    <message>
        <source>The project is read-only.</source>
        <translation>프로젝트가 읽기 전용입니다.</translation>
    </message>
    <message>
        <source>There is no image to add.</source>
        <translation>추가할 이미지가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n images to touchpoint</source>
        <translation>
            <numerusform>터치포인트에 이미지 %n개 추가</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::ImportFragment</name>
    <message>
        <source>link %1 %2 → %3 already exists</source>
        <translation>링크 %1 %2 → %3이(가) 이미 있습니다</translation>
    </message>
</context>
<context>
    <name>cjm::ImportSurvey</name>
    <message>
        <source>Import survey %1</source>
        <translation>설문 %1 가져오기</translation>
    </message>
</context>
<context>
    <name>cjm::InsertFragment</name>
    <message>
        <source>Paste</source>
        <translation>붙여넣기</translation>
    </message>
    <message>
        <source>the pasted link from %1 to %2 exists already</source>
        <translation>%1에서 %2(으)로 붙여 넣은 링크가 이미 있습니다</translation>
    </message>
</context>
<context>
    <name>cjm::InspectorDock</name>
    <message>
        <source>Inspector</source>
        <translation>속성 검사기</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>열려 있는 프로젝트가 없습니다.</translation>
    </message>
    <message>
        <source>Select items of one kind to edit them together.</source>
        <translation>함께 편집하려면 같은 종류의 항목을 선택하십시오.</translation>
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
    <name>cjm::LanesDock</name>
    <message>
        <source>Lanes</source>
        <translation>레인</translation>
    </message>
    <message>
        <source>Move the lane up</source>
        <translation>레인을 위로 이동</translation>
    </message>
    <message>
        <source>Move the lane down</source>
        <translation>레인을 아래로 이동</translation>
    </message>
    <message>
        <source>The journey shown has no lanes to arrange.</source>
        <translation>표시된 여정에 정렬할 레인이 없습니다.</translation>
    </message>
    <message>
        <source>Lanes of the journey shown, top to bottom:</source>
        <translation>표시된 여정의 레인(위에서 아래로):</translation>
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
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the journey map as PDF, SVG or PNG</source>
        <translation>여정 맵을 PDF, SVG 또는 PNG로 내보내기</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the journey map</source>
        <translation>여정 맵 인쇄</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>인쇄 미리 보기(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>Find titles, descriptions and insights</source>
        <translation>제목, 설명 및 인사이트 찾기</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>다음 찾기(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>이전 찾기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>환경 설정(&amp;P)…</translation>
    </message>
    <message>
        <source>Import &amp;Survey Data…</source>
        <translation>설문 데이터 가져오기(&amp;S)…</translation>
    </message>
    <message>
        <source>Import NPS, CSAT and CES answers from a survey export</source>
        <translation>설문 내보내기 파일에서 NPS, CSAT 및 CES 응답 가져오기</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>찾기</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>기본</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>잘라내기(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Edit Title</source>
        <translation>제목 편집(&amp;E)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 내보냄</translation>
    </message>
    <message>
        <source>Add &amp;Journey</source>
        <translation>여정 추가(&amp;J)</translation>
    </message>
    <message>
        <source>Add an empty journey with every lane to the project</source>
        <translation>모든 레인이 포함된 빈 여정을 프로젝트에 추가합니다</translation>
    </message>
    <message>
        <source>Journey 1</source>
        <translation>여정 1</translation>
    </message>
    <message>
        <source>Journey %1</source>
        <translation>여정 %1</translation>
    </message>
    <message>
        <source>Add Journey</source>
        <translation>여정 추가</translation>
    </message>
    <message>
        <source>Export &amp;Data…</source>
        <translation>데이터 내보내기(&amp;D)…</translation>
    </message>
    <message>
        <source>Write the project as JSON, its tables as CSV or XLSX, or the journey as Mermaid</source>
        <translation>프로젝트를 JSON으로, 표를 CSV 또는 XLSX로, 여정을 Mermaid로 씁니다</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Add a Journey Studio JSON export or a Mermaid journey diagram to the project</source>
        <translation>Journey Studio JSON 내보내기 또는 Mermaid 여정 다이어그램을 프로젝트에 추가합니다</translation>
    </message>
</context>
<context>
    <name>cjm::MapClipboard</name>
    <message>
        <source>Cut</source>
        <translation>잘라내기</translation>
    </message>
    <message>
        <source>The project is read-only.</source>
        <translation>프로젝트가 읽기 전용입니다.</translation>
    </message>
    <message>
        <source>The clipboard holds nothing to paste onto a journey map.</source>
        <translation>클립보드에 여정 맵에 붙여 넣을 내용이 없습니다.</translation>
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
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>✓ %1 · target %2</source>
        <translation>✓ %1 · 목표값 %2</translation>
    </message>
    <message>
        <source>✗ %1 · target %2</source>
        <translation>✗ %1 · 목표값 %2</translation>
    </message>
</context>
<context>
    <name>cjm::MapDragGesture</name>
    <message numerus="yes">
        <source>Move %n touchpoints</source>
        <translation>
            <numerusform>터치포인트 %n개 이동</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::MapExporter</name>
    <message>
        <source>the journey to export does not exist</source>
        <translation>내보낼 여정이 없습니다</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot write the PDF: %1</source>
        <translation>PDF를 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>PDF를 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>내보내기가 취소되었습니다</translation>
    </message>
    <message>
        <source>cannot add a page</source>
        <translation>페이지를 추가할 수 없습니다</translation>
    </message>
    <message>
        <source>%1 – page %2 of %3 (row %4, column %5)</source>
        <translation>%1 – %2/%3페이지(%4행, %5열)</translation>
    </message>
    <message>
        <source>Journey map exported by Journey Studio</source>
        <translation>Journey Studio에서 내보낸 여정 맵</translation>
    </message>
    <message>
        <source>cannot start the SVG</source>
        <translation>SVG를 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>not enough memory for an image of %1 × %2 pixels</source>
        <translation>%1 × %2픽셀 이미지에 필요한 메모리가 부족합니다</translation>
    </message>
    <message>
        <source>cannot write the PNG: %1</source>
        <translation>PNG를 쓸 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>cjm::MapInserter</name>
    <message>
        <source>Add lane</source>
        <translation>레인 추가</translation>
    </message>
</context>
<context>
    <name>cjm::MapPrinter</name>
    <message>
        <source>Journey map</source>
        <translation>여정 맵</translation>
    </message>
    <message>
        <source>The printer cannot be started.</source>
        <translation>프린터를 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>Print Map</source>
        <translation>맵 인쇄</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>인쇄 미리 보기</translation>
    </message>
</context>
<context>
    <name>cjm::MapView</name>
    <message>
        <source>&amp;Add Here</source>
        <translation>여기에 추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>단계(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Touchpoint</source>
        <translation>터치포인트(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Pain Point</source>
        <translation>페인 포인트(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Opportunity</source>
        <translation>기회(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Insight</source>
        <translation>인사이트(&amp;I)</translation>
    </message>
    <message>
        <source>Text &amp;Lane</source>
        <translation>텍스트 레인(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Edit Title</source>
        <translation>제목 편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>잘라내기(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>붙여넣기(&amp;P)</translation>
    </message>
</context>
<context>
    <name>cjm::MermaidJourneyReader</name>
    <message>
        <source>line 1: the text is not valid Unicode</source>
        <translation>1행: 텍스트가 올바른 유니코드가 아닙니다</translation>
    </message>
    <message>
        <source>line 1: diagrams beginning with --- are not valid: the front matter has no closing --- line at the start of a line</source>
        <translation>1행: ---로 시작하는 다이어그램이 유효하지 않습니다. 프런트 매터에 줄 시작 부분의 닫는 --- 줄이 없습니다</translation>
    </message>
    <message>
        <source>line 1: the text is empty: a Mermaid journey starts with &quot;journey&quot;</source>
        <translation>1행: 텍스트가 비어 있습니다. Mermaid 여정은 &quot;journey&quot;로 시작합니다</translation>
    </message>
    <message>
        <source>line %1: no diagram type detected: a Mermaid journey starts with &quot;journey&quot; in lower case, not &quot;%2&quot;</source>
        <translation>%1행: 다이어그램 유형을 감지하지 못했습니다. Mermaid 여정은 &quot;%2&quot;이(가) 아니라 소문자 &quot;journey&quot;로 시작합니다</translation>
    </message>
    <message>
        <source>line %1: expected &quot;journey&quot;, found &quot;%2&quot;</source>
        <translation>%1행: &quot;journey&quot;가 필요하지만 &quot;%2&quot;이(가) 있습니다</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1행: %2</translation>
    </message>
    <message>
        <source> (the old &quot;accDescription&quot; syntax is not accepted any more: write &quot;accDescr: text&quot;)</source>
        <translation> (이전 &quot;accDescription&quot; 구문은 더 이상 허용되지 않습니다. &quot;accDescr: text&quot;로 작성하십시오)</translation>
    </message>
    <message>
        <source> (&quot;//&quot; is not a comment in Mermaid: use &quot;%%&quot;)</source>
        <translation> (Mermaid에서 &quot;//&quot;는 주석이 아닙니다. &quot;%%&quot;를 사용하십시오)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a task: a task is &quot;name: score&quot; or &quot;name: score: actors&quot;%2</source>
        <translation>&quot;%1&quot;은(는) 작업이 아닙니다. 작업은 &quot;name: score&quot; 또는 &quot;name: score: actors&quot; 형식입니다%2</translation>
    </message>
    <message>
        <source>&quot;journey&quot; may only start the diagram</source>
        <translation>&quot;journey&quot;는 다이어그램의 시작에만 올 수 있습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no task name before it</source>
        <translation>&quot;%1&quot; 앞에 작업 이름이 없습니다</translation>
    </message>
    <message>
        <source>a &quot;:&quot; with nothing after it</source>
        <translation>뒤에 아무것도 없는 &quot;:&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed here (&quot;;&quot; does not separate statements in a journey)</source>
        <translation>&quot;%1&quot;은(는) 여기에 올 수 없습니다(여정에서 &quot;;&quot;는 문을 구분하지 않음)</translation>
    </message>
    <message>
        <source>line %1, task &quot;%2&quot;</source>
        <translation>%1행, 작업 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: score &quot;%2&quot; is not a number; emotion set to neutral</source>
        <translation>%1: 점수 &quot;%2&quot;이(가) 숫자가 아닙니다. 감정을 중립으로 설정했습니다</translation>
    </message>
    <message>
        <source>%1: score %2 is outside 1..5; imported as %3</source>
        <translation>%1: 점수 %2이(가) 1..5 범위를 벗어납니다. %3(으)로 가져왔습니다</translation>
    </message>
    <message>
        <source>%1: score %2 is not a whole number; imported as %3</source>
        <translation>%1: 점수 %2이(가) 정수가 아닙니다. %3(으)로 가져왔습니다</translation>
    </message>
    <message>
        <source>accessibility title &quot;%1&quot; (the journey is named after the title)</source>
        <translation>접근성 제목 &quot;%1&quot;(여정 이름은 이 제목을 따름)</translation>
    </message>
    <message>
        <source>Imported journey</source>
        <translation>가져온 여정</translation>
    </message>
    <message>
        <source>line %1, task &quot;%2&quot;: text after the actors&apos; &quot;:&quot; is ignored (as Mermaid does)</source>
        <translation>%1행, 작업 &quot;%2&quot;: 액터 &quot;:&quot; 뒤의 텍스트는 무시됩니다(Mermaid와 동일)</translation>
    </message>
    <message numerus="yes">
        <source>actors per task (%n task(s) name only some actors, lines %1): every actor became a persona of the whole journey</source>
        <translation>
            <numerusform>작업별 액터(작업 %n개가 일부 액터만 지정함, %1행): 모든 액터가 여정 전체의 페르소나가 되었습니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::MetricChart</name>
    <message>
        <source>Import Survey Data…</source>
        <translation>설문 데이터 가져오기…</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Export this chart as a PNG image</source>
        <translation>이 차트를 PNG 이미지로 내보내기</translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <source>Export this chart as an SVG drawing</source>
        <translation>이 차트를 SVG 그림으로 내보내기</translation>
    </message>
    <message>
        <source>There is no chart to export yet.</source>
        <translation>아직 내보낼 차트가 없습니다.</translation>
    </message>
    <message>
        <source>Cannot write the image %1.</source>
        <translation>이미지 %1을(를) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot write the drawing %1.</source>
        <translation>그림 %1을(를) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 그림(*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지(*.png)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>차트 내보내기</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>PNG로 내보내기…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>SVG로 내보내기…</translation>
    </message>
</context>
<context>
    <name>cjm::MetricsDock</name>
    <message>
        <source>Metrics</source>
        <translation>지표</translation>
    </message>
</context>
<context>
    <name>cjm::MetricsSnapshot</name>
    <message>
        <source>segment: %1</source>
        <translation>세그먼트: %1</translation>
    </message>
    <message>
        <source>(removed persona)</source>
        <translation>(삭제된 페르소나)</translation>
    </message>
</context>
<context>
    <name>cjm::MetricsView</name>
    <message>
        <source>Segment</source>
        <translation>세그먼트</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>주</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>분기</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>세그먼트:</translation>
    </message>
    <message>
        <source>Trend by:</source>
        <translation>추세 기준:</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>모든 세그먼트</translation>
    </message>
    <message>
        <source>Open a project to see its metrics.</source>
        <translation>지표를 보려면 프로젝트를 여십시오.</translation>
    </message>
    <message>
        <source>The survey figures cannot be read: %1</source>
        <translation>설문 수치를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>NPS %1</source>
        <translation>NPS %1</translation>
    </message>
    <message>
        <source>CSAT %1 % (n = %2)</source>
        <translation>CSAT %1 %(n = %2)</translation>
    </message>
    <message>
        <source>CES %1 (n = %2)</source>
        <translation>CES %1(n = %2)</translation>
    </message>
    <message>
        <source>No survey answers for this selection.</source>
        <translation>이 선택 항목에 대한 설문 응답이 없습니다.</translation>
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
    <name>cjm::NpsBreakdownChart</name>
    <message>
        <source>Promoters, passives and detractors</source>
        <translation>추천 고객, 중립 고객 및 비추천 고객</translation>
    </message>
    <message>
        <source>By stage</source>
        <translation>단계별</translation>
    </message>
    <message>
        <source>By segment</source>
        <translation>세그먼트별</translation>
    </message>
    <message>
        <source>Detractors (0–6)</source>
        <translation>비추천 고객(0–6)</translation>
    </message>
    <message>
        <source>Passives (7–8)</source>
        <translation>중립 고객(7–8)</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>추천 고객(9–10)</translation>
    </message>
    <message>
        <source>%1 (NPS %2, n = %3)</source>
        <translation>%1(NPS %2, n = %3)</translation>
    </message>
    <message>
        <source>small sample</source>
        <translation>작은 표본</translation>
    </message>
    <message>
        <source>No survey answers for this journey yet. Import survey data (File ▸ Import Survey Data…) to compare promoters and detractors.</source>
        <translation>이 여정에 대한 설문 응답이 아직 없습니다. 추천 고객과 비추천 고객을 비교하려면 설문 데이터를 가져오십시오(파일 ▸ 설문 데이터 가져오기…).</translation>
    </message>
    <message>
        <source>No NPS answers scoped to a stage or touchpoint of this journey. Try “By segment”.</source>
        <translation>이 여정의 단계나 터치포인트에 해당하는 NPS 응답이 없습니다. “세그먼트별”을 사용해 보십시오.</translation>
    </message>
    <message>
        <source>No NPS answers with a segment. Map a segment column when importing survey data.</source>
        <translation>세그먼트가 있는 NPS 응답이 없습니다. 설문 데이터를 가져올 때 세그먼트 열을 매핑하십시오.</translation>
    </message>
    <message>
        <source>bars resting on fewer than %1 answers: %2</source>
        <translation>응답이 %1개 미만인 막대: %2</translation>
    </message>
</context>
<context>
    <name>cjm::NpsTrendChart</name>
    <message>
        <source>NPS trend against target</source>
        <translation>목표값 대비 NPS 추세</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>30+ answers</source>
        <translation>응답 30개 이상</translation>
    </message>
    <message>
        <source>Small sample</source>
        <translation>작은 표본</translation>
    </message>
    <message>
        <source>No NPS answers with a date in this journey. Map an NPS column and a date column when importing survey data.</source>
        <translation>이 여정에 날짜가 있는 NPS 응답이 없습니다. 설문 데이터를 가져올 때 NPS 열과 날짜 열을 매핑하십시오.</translation>
    </message>
    <message>
        <source>No survey answers for this journey yet. Import survey data (File ▸ Import Survey Data…) to see the NPS trend.</source>
        <translation>이 여정에 대한 설문 응답이 아직 없습니다. NPS 추세를 보려면 설문 데이터를 가져오십시오(파일 ▸ 설문 데이터 가져오기…).</translation>
    </message>
    <message>
        <source>95 % margin of error</source>
        <translation>95 % 오차 범위</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>목표값 %1</translation>
    </message>
    <message>
        <source>hollow points: periods with fewer than %1 answers</source>
        <translation>빈 점: 응답이 %1개 미만인 기간</translation>
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
        <translation>팔레트</translation>
    </message>
    <message>
        <source>Drag onto the map to add where it lands; double-click or press Enter to add after the selection.</source>
        <translation>맵으로 끌어다 놓으면 놓은 위치에 추가되고, 두 번 클릭하거나 Enter 키를 누르면 선택 항목 뒤에 추가됩니다.</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>터치포인트</translation>
    </message>
    <message>
        <source>Cards and lanes</source>
        <translation>카드 및 레인</translation>
    </message>
</context>
<context>
    <name>cjm::PaletteItem</name>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Touchpoint: %1</source>
        <translation>터치포인트: %1</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>페인 포인트</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>기회</translation>
    </message>
    <message>
        <source>Insight</source>
        <translation>인사이트</translation>
    </message>
    <message>
        <source>Text lane</source>
        <translation>텍스트 레인</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>새 단계</translation>
    </message>
    <message>
        <source>New touchpoint</source>
        <translation>새 터치포인트</translation>
    </message>
    <message>
        <source>New pain point</source>
        <translation>새 페인 포인트</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>새 기회</translation>
    </message>
    <message>
        <source>New insight</source>
        <translation>새 인사이트</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
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
    <name>cjm::PersonasDock</name>
    <message>
        <source>Personas</source>
        <translation>페르소나</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Add a persona</source>
        <translation>페르소나 추가</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Remove the persona and its links to journeys</source>
        <translation>페르소나와 여정에 대한 링크 제거</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>위로 이동</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>아래로 이동</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Choose an image file for the persona&apos;s photo</source>
        <translation>페르소나 사진으로 사용할 이미지 파일 선택</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>사진</translation>
    </message>
    <message>
        <source>The journeys this persona takes</source>
        <translation>이 페르소나가 거치는 여정</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>여정</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>사진 없음</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>새 페르소나</translation>
    </message>
    <message>
        <source>Choose Photo</source>
        <translation>사진 선택</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>이미지(%1)</translation>
    </message>
    <message>
        <source>Choose a persona first.</source>
        <translation>먼저 페르소나를 선택하십시오.</translation>
    </message>
    <message>
        <source>The project is read-only.</source>
        <translation>프로젝트가 읽기 전용입니다.</translation>
    </message>
    <message>
        <source>%1: not an image this program can read (%2)</source>
        <translation>%1: 이 프로그램에서 읽을 수 있는 이미지가 아닙니다(%2)</translation>
    </message>
    <message>
        <source>Set persona photo</source>
        <translation>페르소나 사진 설정</translation>
    </message>
    <message>
        <source>Add image</source>
        <translation>이미지 추가</translation>
    </message>
</context>
<context>
    <name>cjm::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>환경 설정</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>고대비</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>The language changes the next time Journey Studio starts.</source>
        <translation>언어는 다음에 Journey Studio를 시작할 때 변경됩니다.</translation>
    </message>
    <message>
        <source>Map &amp;theme:</source>
        <translation>맵 테마(&amp;T):</translation>
    </message>
</context>
<context>
    <name>cjm::PresentationLauncher</name>
    <message>
        <source>&amp;Present</source>
        <translation>프레젠테이션(&amp;P)</translation>
    </message>
    <message>
        <source>Present &amp;On</source>
        <translation>다음 화면에서 프레젠테이션(&amp;O)</translation>
    </message>
    <message>
        <source>Show the journey full screen, stage by stage, for a workshop</source>
        <translation>워크숍용으로 여정을 전체 화면에 단계별로 표시</translation>
    </message>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation>%1(%2 × %3)</translation>
    </message>
</context>
<context>
    <name>cjm::PresentationWindow</name>
    <message>
        <source>Presentation</source>
        <translation>프레젠테이션</translation>
    </message>
    <message>
        <source>This journey has nothing to show yet.</source>
        <translation>이 여정에는 아직 표시할 내용이 없습니다.</translation>
    </message>
    <message>
        <source>Stage %1 of %2 · %3</source>
        <translation>%1/%2단계 · %3</translation>
    </message>
    <message>
        <source>Whole journey · %1 stages</source>
        <translation>여정 전체 · %1단계</translation>
    </message>
    <message>
        <source>What did the room say? Enter adds it to “%1”, Esc cancels.</source>
        <translation>참석자들의 의견은 무엇이었습니까? Enter 키를 누르면 “%1”에 추가되고 Esc 키를 누르면 취소됩니다.</translation>
    </message>
    <message>
        <source>What did the room say? Enter adds it to the stage “%1”, Esc cancels.</source>
        <translation>참석자들의 의견은 무엇이었습니까? Enter 키를 누르면 단계 “%1”에 추가되고 Esc 키를 누르면 취소됩니다.</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>워크숍</translation>
    </message>
</context>
<context>
    <name>cjm::PresenterView</name>
    <message>
        <source>Presenter view</source>
        <translation>발표자 보기</translation>
    </message>
    <message>
        <source>No facilitator notes for this stage.</source>
        <translation>이 단계에 대한 진행자 메모가 없습니다.</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>현재: %1</translation>
    </message>
    <message>
        <source>Now: the whole journey</source>
        <translation>현재: 여정 전체</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>다음: %1</translation>
    </message>
    <message>
        <source>Next: end of the presentation</source>
        <translation>다음: 프레젠테이션 끝</translation>
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
    <name>cjm::ProjectImport</name>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>파일이 %1MiB보다 큽니다</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 가져오기</translation>
    </message>
</context>
<context>
    <name>cjm::ProjectJsonReader</name>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>바이트 %1에서 유효한 JSON이 아닙니다: %2</translation>
    </message>
    <message>
        <source>$: expected an object</source>
        <translation>$: 객체가 필요합니다</translation>
    </message>
    <message>
        <source>$.format: expected &quot;%1&quot;; this is not a Journey Studio project export</source>
        <translation>$.format: &quot;%1&quot;이(가) 필요합니다. Journey Studio 프로젝트 내보내기 파일이 아닙니다</translation>
    </message>
    <message>
        <source>$.version: expected a number</source>
        <translation>$.version: 숫자가 필요합니다</translation>
    </message>
    <message>
        <source>$.version: version %1 is not supported (this Journey Studio reads version %2)</source>
        <translation>$.version: 버전 %1은(는) 지원되지 않습니다(이 Journey Studio는 버전 %2을(를) 읽음)</translation>
    </message>
    <message>
        <source>expected an integer, got %1</source>
        <translation>정수가 필요하지만 %1입니다</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>숫자가 필요하지만 %1입니다</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>문자열이 필요하지만 %1입니다</translation>
    </message>
    <message>
        <source>expected a UUID string or null, got %1</source>
        <translation>UUID 문자열 또는 null이 필요하지만 %1입니다</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>true 또는 false가 필요하지만 %1입니다</translation>
    </message>
    <message>
        <source>expected base64 text, got %1</source>
        <translation>base64 텍스트가 필요하지만 %1입니다</translation>
    </message>
    <message>
        <source>not valid base64</source>
        <translation>유효한 base64가 아닙니다</translation>
    </message>
    <message>
        <source>expected an array of strings, got %1</source>
        <translation>문자열 배열이 필요하지만 %1입니다</translation>
    </message>
    <message>
        <source>expected an array of strings, found %1 in it</source>
        <translation>문자열 배열이 필요하지만 그 안에 %1이(가) 있습니다</translation>
    </message>
    <message>
        <source>unknown field type</source>
        <translation>알 수 없는 필드 유형</translation>
    </message>
    <message>
        <source>$.links: expected an array, got %1</source>
        <translation>$.links: 배열이 필요하지만 %1입니다</translation>
    </message>
    <message>
        <source>%1: expected an object, got %2</source>
        <translation>%1: 객체가 필요하지만 %2입니다</translation>
    </message>
    <message>
        <source>%1.kind: unknown link kind &quot;%2&quot;</source>
        <translation>%1.kind: 알 수 없는 링크 종류 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>expected a UUID</source>
        <translation>UUID가 필요합니다</translation>
    </message>
    <message>
        <source>%1.position: %2</source>
        <translation>%1.position: %2</translation>
    </message>
    <message>
        <source>%1: dangling link: %2</source>
        <translation>%1: 끊어진 링크: %2</translation>
    </message>
    <message>
        <source>%1: the same link is given twice</source>
        <translation>%1: 같은 링크가 두 번 지정되었습니다</translation>
    </message>
    <message>
        <source>%1: unknown reference: %2</source>
        <translation>%1: 알 수 없는 참조: %2</translation>
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
    <name>cjm::ProjectMerger</name>
    <message>
        <source>%1 &quot;%2&quot; (%3) is already in the project: imported as a copy with id %4</source>
        <translation>%1 &quot;%2&quot;(%3)이(가) 이미 프로젝트에 있습니다. ID %4인 사본으로 가져왔습니다</translation>
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
    <message>
        <source>Votes</source>
        <translation>투표</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n vote(s)</source>
        <translation>
            <numerusform>%1 — %n표</numerusform>
        </translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>페인 포인트</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>기회</translation>
    </message>
</context>
<context>
    <name>cjm::ProjectTables</name>
    <message>
        <source>Touchpoints</source>
        <translation>터치포인트</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>여정</translation>
    </message>
    <message>
        <source>Stage no.</source>
        <translation>단계 번호</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>터치포인트</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>환경</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>감정</translation>
    </message>
    <message>
        <source>Emotion to-be</source>
        <translation>목표(To-Be) 감정</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>근거</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>진실의 순간</translation>
    </message>
    <message>
        <source>Customer action</source>
        <translation>고객 행동</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>생각</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>느낌</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>백스테이지</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>페인 포인트</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>페인 포인트</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>범주</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>발생 가능성</translation>
    </message>
    <message>
        <source>Risk score</source>
        <translation>위험 점수</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>위험 수준</translation>
    </message>
    <message>
        <source>Customers affected %</source>
        <translation>영향받는 고객 %</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>투표</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>기회</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>기회</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>영향</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>노력</translation>
    </message>
    <message>
        <source>Pain points addressed</source>
        <translation>해결하는 페인 포인트</translation>
    </message>
    <message>
        <source>Risk addressed</source>
        <translation>해결되는 위험</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Expected change</source>
        <translation>예상 변화</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>페르소나</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>페르소나</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>등급</translation>
    </message>
    <message>
        <source>Share of customers %</source>
        <translation>고객 비율 %</translation>
    </message>
    <message>
        <source>Value per customer</source>
        <translation>고객당 가치</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>요구 사항</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>불만 사항</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>인용</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>측정값</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>범위</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>기간 시작</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>기간 종료</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>목표값</translation>
    </message>
    <message>
        <source>Sample size</source>
        <translation>표본 크기</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>idea</source>
        <translation>아이디어</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>계획됨</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>검증됨</translation>
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
        <translation>사용자 지정</translation>
    </message>
    <message>
        <source>project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <source>journey: %1</source>
        <translation>여정: %1</translation>
    </message>
    <message>
        <source>stage: %1</source>
        <translation>단계: %1</translation>
    </message>
    <message>
        <source>touchpoint: %1</source>
        <translation>터치포인트: %1</translation>
    </message>
    <message>
        <source>survey</source>
        <translation>설문</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>수동</translation>
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
    <name>cjm::RefreshSurveyMeasurements</name>
    <message>
        <source>Update survey figures</source>
        <translation>설문 수치 업데이트</translation>
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
    <name>cjm::RiskMatrixChart</name>
    <message>
        <source>Pain-point risk matrix</source>
        <translation>페인 포인트 위험 매트릭스</translation>
    </message>
    <message>
        <source>This journey has no pain points yet. Add pain points to its touchpoints and rate their severity and likelihood to see the risk matrix.</source>
        <translation>이 여정에는 아직 페인 포인트가 없습니다. 위험 매트릭스를 보려면 터치포인트에 페인 포인트를 추가하고 심각도와 발생 가능성을 평가하십시오.</translation>
    </message>
    <message>
        <source>n = %1 pain points · critical %2 · high %3 · medium %4 · low %5</source>
        <translation>n = 페인 포인트 %1개 · 심각 %2 · 높음 %3 · 보통 %4 · 낮음 %5</translation>
    </message>
</context>
<context>
    <name>cjm::RiskMatrixGrid</name>
    <message>
        <source>Likelihood →</source>
        <translation>발생 가능성 →</translation>
    </message>
    <message>
        <source>Severity →</source>
        <translation>심각도 →</translation>
    </message>
    <message>
        <source>Risk = severity × likelihood · low 1–4 · medium 5–9 · high 10–16 · critical 17–25 · small number: score, large number: pain points</source>
        <translation>위험 = 심각도 × 발생 가능성 · 낮음 1–4 · 보통 5–9 · 높음 10–16 · 심각 17–25 · 작은 숫자: 점수, 큰 숫자: 페인 포인트 수</translation>
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
    <name>cjm::SurveyAutoMapper</name>
    <message>
        <source>New metric &quot;%1&quot; (%2–%3)</source>
        <translation>새 지표 &quot;%1&quot;(%2–%3)</translation>
    </message>
    <message>
        <source>New persona &quot;%1&quot; for the segment of the same name</source>
        <translation>같은 이름의 세그먼트에 대한 새 페르소나 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Column %1 (&quot;%2&quot;): no touchpoint &quot;%3&quot; in the journey; scoped to the journey</source>
        <translation>열 %1(&quot;%2&quot;): 여정에 터치포인트 &quot;%3&quot;이(가) 없습니다. 여정 범위로 지정했습니다</translation>
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
    <name>cjm::SurveyImportSummary</name>
    <message>
        <source>out of scale</source>
        <translation>척도 범위를 벗어남</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>숫자가 아님</translation>
    </message>
    <message>
        <source>bad date</source>
        <translation>잘못된 날짜</translation>
    </message>
    <message>
        <source>unknown segment</source>
        <translation>알 수 없는 세그먼트</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>응답 없음</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1행: %2</translation>
    </message>
    <message>
        <source>line %1, column %2 (%3): %4: &quot;%5&quot;</source>
        <translation>%1행, 열 %2(%3): %4: &quot;%5&quot;</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>가져오기 실패: %1</translation>
    </message>
    <message>
        <source>%1 was already imported (same content): nothing added.</source>
        <translation>%1은(는) 이미 가져왔습니다(내용 동일). 추가된 항목이 없습니다.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was added.</source>
        <translation>가져오기가 취소되었습니다. 추가된 항목이 없습니다.</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>읽은 행: %1</translation>
    </message>
    <message>
        <source>Rows that would be imported: %1</source>
        <translation>가져올 행: %1</translation>
    </message>
    <message>
        <source>Rows imported: %1</source>
        <translation>가져온 행: %1</translation>
    </message>
    <message>
        <source>Answers: %1, comments: %2</source>
        <translation>응답: %1, 의견: %2</translation>
    </message>
    <message>
        <source>Rows skipped: %1</source>
        <translation>건너뛴 행: %1</translation>
    </message>
    <message>
        <source>  … and %1 more</source>
        <translation>  … 외 %1개</translation>
    </message>
</context>
<context>
    <name>cjm::SurveyImportWizard</name>
    <message>
        <source>Import Survey Data</source>
        <translation>설문 데이터 가져오기</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Choose the survey export</source>
        <translation>설문 내보내기 파일 선택</translation>
    </message>
    <message>
        <source>A CSV file from Qualtrics, SurveyMonkey, Google Forms or a spreadsheet. Nothing changes in the project until the last step.</source>
        <translation>Qualtrics, SurveyMonkey, Google Forms 또는 스프레드시트의 CSV 파일입니다. 마지막 단계 전까지는 프로젝트가 변경되지 않습니다.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>레이아웃:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>인코딩:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>구분 기호:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>열:</translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation>열 매핑</translation>
    </message>
    <message>
        <source>What each column holds: the respondent, the date, the segment (mapped to personas), scores with their metric and what they rate, comments. Columns set to “Ignore” are not imported.</source>
        <translation>각 열의 내용: 응답자, 날짜, 세그먼트(페르소나에 매핑됨), 점수(지표 및 평가 대상 포함), 의견. “무시”로 설정된 열은 가져오지 않습니다.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>열</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>예</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>About</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>행 확인</translation>
    </message>
    <message>
        <source>A dry run over the whole file: nothing has been written yet. Import the valid rows, or go back and change the mapping.</source>
        <translation>파일 전체에 대한 시험 실행입니다. 아직 아무것도 쓰지 않았습니다. 유효한 행을 가져오거나, 뒤로 돌아가 매핑을 변경하십시오.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>이유</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Survey exports (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>설문 내보내기 파일(*.csv *.tsv *.txt);;모든 파일(*)</translation>
    </message>
    <message>
        <source>Read as you chose. Check the column names below.</source>
        <translation>선택한 대로 읽었습니다. 아래 열 이름을 확인하십시오.</translation>
    </message>
    <message>
        <source>⚠ The encoding is not clear from the file. Choose the one whose column names below read correctly.</source>
        <translation>⚠ 파일에서 인코딩을 확실히 알 수 없습니다. 아래 열 이름이 올바르게 읽히는 인코딩을 선택하십시오.</translation>
    </message>
    <message>
        <source>Detected (confidence %1 %).</source>
        <translation>감지됨(신뢰도 %1 %).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Using the mapping stored for these columns (“%1”).</source>
        <translation>이 열에 대해 저장된 매핑(“%1”)을 사용합니다.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>가져오는 중…</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>무시</translation>
    </message>
    <message>
        <source>Respondent id</source>
        <translation>응답자 ID</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>세그먼트</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>의견</translation>
    </message>
    <message>
        <source>NPS (0–10)</source>
        <translation>NPS(0–10)</translation>
    </message>
    <message>
        <source>CSAT (1–5)</source>
        <translation>CSAT(1–5)</translation>
    </message>
    <message>
        <source>CES (1–7)</source>
        <translation>CES(1–7)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>사용자 지정</translation>
    </message>
    <message>
        <source>Journey: %1</source>
        <translation>여정: %1</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>단계: %1</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>파일을 가져올 수 없습니다: %1</translation>
    </message>
    <message>
        <source>This file was imported before: importing it again adds nothing.</source>
        <translation>이 파일은 이전에 가져왔습니다. 다시 가져와도 추가되는 항목이 없습니다.</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>읽은 행: %1</translation>
    </message>
    <message>
        <source>Rows to import: %1 (%2 answers, %3 comments)</source>
        <translation>가져올 행: %1(응답 %2개, 의견 %3개)</translation>
    </message>
    <message>
        <source>Rows skipped: %1</source>
        <translation>건너뛴 행: %1</translation>
    </message>
    <message>
        <source>No row can be imported: go back and check the mapping.</source>
        <translation>가져올 수 있는 행이 없습니다. 뒤로 돌아가 매핑을 확인하십시오.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>whole row</source>
        <translation>행 전체</translation>
    </message>
    <message>
        <source>Import cancelled: the project is unchanged.</source>
        <translation>가져오기가 취소되었습니다. 프로젝트는 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>The import failed and the project is unchanged: %1</source>
        <translation>가져오기에 실패했으며 프로젝트는 변경되지 않았습니다: %1</translation>
    </message>
    <message>
        <source>This file was imported before: nothing was added.</source>
        <translation>이 파일은 이전에 가져왔습니다. 추가된 항목이 없습니다.</translation>
    </message>
    <message>
        <source>Imported %1 rows (%2 answers, %3 comments); %4 rows skipped. Undo removes the whole import.</source>
        <translation>%1행을 가져왔습니다(응답 %2개, 의견 %3개). %4행을 건너뛰었습니다. 실행 취소하면 가져온 내용 전체가 제거됩니다.</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-16 (little endian)</source>
        <translation>UTF-16(리틀 엔디언)</translation>
    </message>
    <message>
        <source>UTF-16 (big endian)</source>
        <translation>UTF-16(빅 엔디언)</translation>
    </message>
    <message>
        <source>GB18030 (Chinese)</source>
        <translation>GB18030(중국어)</translation>
    </message>
    <message>
        <source>Qualtrics export (%1 header rows)</source>
        <translation>Qualtrics 내보내기(머리글 행 %1개)</translation>
    </message>
    <message>
        <source>SurveyMonkey export (question and answer option rows)</source>
        <translation>SurveyMonkey 내보내기(질문 행과 응답 옵션 행)</translation>
    </message>
    <message>
        <source>Google Forms responses (first column: timestamp)</source>
        <translation>Google Forms 응답(첫 번째 열: 타임스탬프)</translation>
    </message>
    <message>
        <source>Generic CSV (one header row)</source>
        <translation>일반 CSV(머리글 행 1개)</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>쉼표</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>세미콜론</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>탭</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Segment value</source>
        <translation>세그먼트 값</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>페르소나</translation>
    </message>
    <message>
        <source>Proposed mapping:</source>
        <translation>제안된 매핑:</translation>
    </message>
    <message>
        <source>New persona “%1”</source>
        <translation>새 페르소나 “%1”</translation>
    </message>
    <message>
        <source>Skip these rows</source>
        <translation>이 행 건너뛰기</translation>
    </message>
</context>
<context>
    <name>cjm::SurveyImportWriter</name>
    <message>
        <source>cannot write the survey data: %1</source>
        <translation>설문 데이터를 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <source>the project database is not open</source>
        <translation>프로젝트 데이터베이스가 열려 있지 않습니다</translation>
    </message>
    <message>
        <source>cannot store the mapping: %1</source>
        <translation>매핑을 저장할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>cjm::SurveyImporter</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation>파일을 열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>stored mapping</source>
        <translation>저장된 매핑</translation>
    </message>
    <message>
        <source>the mapping was made for an export with other columns</source>
        <translation>이 매핑은 열 구성이 다른 내보내기 파일용으로 만들어졌습니다</translation>
    </message>
    <message>
        <source>the project is read-only</source>
        <translation>프로젝트가 읽기 전용입니다</translation>
    </message>
    <message>
        <source>Import survey %1</source>
        <translation>설문 %1 가져오기</translation>
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
    <name>cjm::SurveyMapping</name>
    <message>
        <source>%1: column %2: unknown metric kind &quot;%3&quot;</source>
        <translation>%1: 열 %2: 알 수 없는 지표 종류 &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: column %2: unknown scope &quot;%3&quot;</source>
        <translation>%1: 열 %2: 알 수 없는 범위 &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: column %2: no %3 &quot;%4&quot; in the project</source>
        <translation>%1: 열 %2: 프로젝트에 %3 &quot;%4&quot;이(가) 없습니다</translation>
    </message>
    <message>
        <source>%1: the mapping has no &quot;columns&quot;</source>
        <translation>%1: 매핑에 &quot;columns&quot;가 없습니다</translation>
    </message>
    <message>
        <source>%1: a column has no valid &quot;index&quot;</source>
        <translation>%1: 유효한 &quot;index&quot;가 없는 열이 있습니다</translation>
    </message>
    <message>
        <source>%1: column %2: unknown role &quot;%3&quot;</source>
        <translation>%1: 열 %2: 알 수 없는 역할 &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: column %2: no touchpoint &quot;%3&quot; in the project</source>
        <translation>%1: 열 %2: 프로젝트에 터치포인트 &quot;%3&quot;이(가) 없습니다</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>열 %1</translation>
    </message>
    <message>
        <source>the mapping names %1, but the file has %2 columns</source>
        <translation>매핑에 %1이(가) 지정되어 있지만 파일의 열은 %2개입니다</translation>
    </message>
    <message>
        <source>the mapping names %1 twice</source>
        <translation>매핑에 %1이(가) 두 번 지정되어 있습니다</translation>
    </message>
    <message>
        <source>%1: the scale %2–%3 makes no sense</source>
        <translation>%1: 척도 %2–%3이(가) 올바르지 않습니다</translation>
    </message>
    <message>
        <source>%1: no metric chosen</source>
        <translation>%1: 선택한 지표가 없습니다</translation>
    </message>
    <message>
        <source>%1: no stage or touchpoint chosen</source>
        <translation>%1: 선택한 단계나 터치포인트가 없습니다</translation>
    </message>
    <message>
        <source>the mapping has more than one respondent id, date or segment column</source>
        <translation>매핑에 응답자 ID, 날짜 또는 세그먼트 열이 두 개 이상 있습니다</translation>
    </message>
    <message>
        <source>the mapping has no score or comment column</source>
        <translation>매핑에 점수 열이나 의견 열이 없습니다</translation>
    </message>
</context>
<context>
    <name>cjm::SurveyMeasurements</name>
    <message>
        <source>Could not read the survey figures: %1</source>
        <translation>설문 수치를 읽을 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>cjm::SurveyMetricsQuery</name>
    <message>
        <source>cannot read the survey figures: %1</source>
        <translation>설문 수치를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>No segment</source>
        <translation>세그먼트 없음</translation>
    </message>
</context>
<context>
    <name>cjm::T</name>
    <message>
        <source>%1: missing</source>
        <translation>%1: 없음</translation>
    </message>
</context>
<context>
    <name>cjm::TitleBlock</name>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Journey: %1</source>
        <translation>여정: %1</translation>
    </message>
    <message>
        <source>Personas: %1</source>
        <translation>페르소나: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>날짜: %1</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>감정</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>위험</translation>
    </message>
</context>
<context>
    <name>cjm::TouchpointScoreChart</name>
    <message>
        <source>CES per touchpoint against target</source>
        <translation>목표값 대비 터치포인트별 CES</translation>
    </message>
    <message>
        <source>CSAT per touchpoint against target</source>
        <translation>목표값 대비 터치포인트별 CSAT</translation>
    </message>
    <message>
        <source>CES mean</source>
        <translation>CES 평균</translation>
    </message>
    <message>
        <source>CSAT (top-two-box %)</source>
        <translation>CSAT(상위 2개 응답 %)</translation>
    </message>
    <message>
        <source>Small sample</source>
        <translation>작은 표본</translation>
    </message>
    <message>
        <source>No survey answers for this journey yet. Import survey data (File ▸ Import Survey Data…) to see scores per touchpoint.</source>
        <translation>이 여정에 대한 설문 응답이 아직 없습니다. 터치포인트별 점수를 보려면 설문 데이터를 가져오십시오(파일 ▸ 설문 데이터 가져오기…).</translation>
    </message>
    <message>
        <source>No CES answers about a touchpoint. Scope a CES column to a touchpoint when importing survey data.</source>
        <translation>터치포인트에 대한 CES 응답이 없습니다. 설문 데이터를 가져올 때 CES 열의 범위를 터치포인트로 지정하십시오.</translation>
    </message>
    <message>
        <source>No CSAT answers about a touchpoint. Scope a CSAT column to a touchpoint when importing survey data.</source>
        <translation>터치포인트에 대한 CSAT 응답이 없습니다. 설문 데이터를 가져올 때 CSAT 열의 범위를 터치포인트로 지정하십시오.</translation>
    </message>
    <message>
        <source>Mean effort score (higher is easier)</source>
        <translation>평균 노력 점수(높을수록 쉬움)</translation>
    </message>
    <message>
        <source>Satisfied or very satisfied (%)</source>
        <translation>만족 또는 매우 만족(%)</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>목표값 %1</translation>
    </message>
    <message>
        <source>hatched bars: touchpoints with fewer than %1 answers</source>
        <translation>빗금 막대: 응답이 %1개 미만인 터치포인트</translation>
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
<context>
    <name>cjm::XlsxWorkbookWriter</name>
    <message>
        <source>%1: cannot create the workbook</source>
        <translation>%1: 통합 문서를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>%1: cannot write the workbook: %2</source>
        <translation>%1: 통합 문서를 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: cannot replace the file</source>
        <translation>%1: 파일을 바꿀 수 없습니다</translation>
    </message>
</context>
</TS>
