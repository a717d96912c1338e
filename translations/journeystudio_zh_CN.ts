<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Status</name>
    <message>
        <source>%1: expected an object, got %2</source>
        <translation>%1：应为对象，实际为 %2</translation>
    </message>
    <message>
        <source>%1: the id is missing</source>
        <translation>%1：缺少 id</translation>
    </message>
    <message>
        <source>%1: expected an array, got %2</source>
        <translation>%1：应为数组，实际为 %2</translation>
    </message>
    <message>
        <source>%1.id: %2 is used twice (also at %3)</source>
        <translation>%1.id：%2 被使用了两次（另见 %3）</translation>
    </message>
</context>
<context>
    <name>cjm::AddInsight</name>
    <message>
        <source>Add insight</source>
        <translation>添加洞察</translation>
    </message>
</context>
<context>
    <name>cjm::AddJourney</name>
    <message>
        <source>Add journey</source>
        <translation>添加旅程</translation>
    </message>
</context>
<context>
    <name>cjm::AddLane</name>
    <message>
        <source>Add lane</source>
        <translation>添加泳道</translation>
    </message>
</context>
<context>
    <name>cjm::AddMeasurement</name>
    <message>
        <source>Add measurement</source>
        <translation>添加测量值</translation>
    </message>
</context>
<context>
    <name>cjm::AddMetric</name>
    <message>
        <source>Add metric</source>
        <translation>添加指标</translation>
    </message>
</context>
<context>
    <name>cjm::AddOpportunity</name>
    <message>
        <source>Add opportunity</source>
        <translation>添加机会</translation>
    </message>
</context>
<context>
    <name>cjm::AddPainPoint</name>
    <message>
        <source>Add pain point</source>
        <translation>添加痛点</translation>
    </message>
</context>
<context>
    <name>cjm::AddPersona</name>
    <message>
        <source>Add persona</source>
        <translation>添加用户画像</translation>
    </message>
</context>
<context>
    <name>cjm::AddStage</name>
    <message>
        <source>Add stage</source>
        <translation>添加阶段</translation>
    </message>
</context>
<context>
    <name>cjm::AddTouchpoint</name>
    <message>
        <source>Add touchpoint</source>
        <translation>添加触点</translation>
    </message>
</context>
<context>
    <name>cjm::AtomicSave</name>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot replace %1: %2</source>
        <translation>无法替换 %1：%2</translation>
    </message>
    <message>
        <source>cannot flush %1 to disk: %2</source>
        <translation>无法将 %1 写入磁盘：%2</translation>
    </message>
</context>
<context>
    <name>cjm::AttachImage</name>
    <message>
        <source>Add image to touchpoint</source>
        <translation>向触点添加图片</translation>
    </message>
</context>
<context>
    <name>cjm::CardCloseUp</name>
    <message>
        <source>%1 (external provider)</source>
        <translation>%1（外部提供方）</translation>
    </message>
    <message>
        <source>Emotion %1 (%2)</source>
        <translation>情绪 %1（%2）</translation>
    </message>
    <message>
        <source>%1 — risk %2</source>
        <translation>%1 — 风险 %2</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>痛点</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>机会</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>洞察</translation>
    </message>
    <message>
        <source>Risk %1: severity %2 × likelihood %3 = %4</source>
        <translation>风险 %1：严重程度 %2 × 可能性 %3 = %4</translation>
    </message>
    <message>
        <source>%1 % of customers affected</source>
        <translation>%1% 的客户受影响</translation>
    </message>
    <message>
        <source>Addressed by</source>
        <translation>对应的机会</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Impact %1 · effort %2</source>
        <translation>影响 %1 · 工作量 %2</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>对应的痛点</translation>
    </message>
    <message>
        <source>%1: %2 (n = %3)</source>
        <translation>%1：%2（n = %3）</translation>
    </message>
    <message>
        <source>%1, target %2</source>
        <translation>%1，目标值 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n 票</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::CastVote</name>
    <message>
        <source>only pain points and opportunities take votes</source>
        <translation>只有痛点和机会可以投票</translation>
    </message>
    <message>
        <source>Vote for opportunity</source>
        <translation>为机会投票</translation>
    </message>
    <message>
        <source>Take back vote for opportunity</source>
        <translation>撤回对机会的投票</translation>
    </message>
    <message>
        <source>Vote for pain point</source>
        <translation>为痛点投票</translation>
    </message>
    <message>
        <source>Take back vote for pain point</source>
        <translation>撤回对痛点的投票</translation>
    </message>
</context>
<context>
    <name>cjm::Cli</name>
    <message>
        <source>no command given</source>
        <translation>未指定命令</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>Show the usage.</source>
        <translation>显示用法。</translation>
    </message>
    <message>
        <source>%1: the file name is missing</source>
        <translation>%1：缺少文件名</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;</source>
        <translation>%1：意外的参数“%2”</translation>
    </message>
    <message>
        <source>Number of journeys.</source>
        <translation>旅程数量。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Stages of each journey.</source>
        <translation>每个旅程的阶段数。</translation>
    </message>
    <message>
        <source>Touchpoints of each journey, spread over its stages.</source>
        <translation>每个旅程的触点数，分布到其各个阶段。</translation>
    </message>
    <message>
        <source>Seed of the random content.</source>
        <translation>随机内容的种子值。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Name of the project.</source>
        <translation>项目名称。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Replace an existing file.</source>
        <translation>替换已有文件。</translation>
    </message>
    <message>
        <source>generate: --%1 is missing</source>
        <translation>generate：缺少 --%1</translation>
    </message>
    <message>
        <source>generate: --%1 must be a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation>generate：--%1 必须是 %2 到 %3 之间的整数，而不是“%4”</translation>
    </message>
    <message>
        <source>generate: touchpoints need at least one stage</source>
        <translation>generate：生成触点至少需要一个阶段</translation>
    </message>
    <message>
        <source>generate: at most %1 touchpoints in all</source>
        <translation>generate：触点总数最多为 %1 个</translation>
    </message>
    <message>
        <source>%1: wrote %2 journeys, %3 stages and %4 touchpoints</source>
        <translation>%1：已写入 %2 个旅程、%3 个阶段和 %4 个触点</translation>
    </message>
    <message>
        <source>Print JSON with stable keys.</source>
        <translation>以键名固定的 JSON 格式输出。</translation>
    </message>
    <message>
        <source>Project &quot;%1&quot; in %2</source>
        <translation>项目“%1”，位于 %2</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>架构版本：%1</translation>
    </message>
    <message>
        <source>Written by a newer version of Journey Studio: it opens read-only.</source>
        <translation>此文件由更新版本的 Journey Studio 写入，将以只读方式打开。</translation>
    </message>
    <message>
        <source>to-be</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>as-is</source>
        <translation>现状</translation>
    </message>
    <message>
        <source>Journey &quot;%1&quot; (%2)</source>
        <translation>旅程“%1”（%2）</translation>
    </message>
    <message>
        <source>Personas: %1</source>
        <translation>用户画像：%1</translation>
    </message>
    <message>
        <source>Journeys: %1</source>
        <translation>旅程：%1</translation>
    </message>
    <message>
        <source>Lanes: %1</source>
        <translation>泳道：%1</translation>
    </message>
    <message>
        <source>Lane cells: %1</source>
        <translation>泳道单元格：%1</translation>
    </message>
    <message>
        <source>Stages: %1</source>
        <translation>阶段：%1</translation>
    </message>
    <message>
        <source>Touchpoints: %1</source>
        <translation>触点：%1</translation>
    </message>
    <message>
        <source>Pain points: %1</source>
        <translation>痛点：%1</translation>
    </message>
    <message>
        <source>Opportunities: %1</source>
        <translation>机会：%1</translation>
    </message>
    <message>
        <source>Insights: %1</source>
        <translation>洞察：%1</translation>
    </message>
    <message>
        <source>Metrics: %1</source>
        <translation>指标：%1</translation>
    </message>
    <message>
        <source>Measurements: %1</source>
        <translation>测量值：%1</translation>
    </message>
    <message>
        <source>Images: %1</source>
        <translation>图片：%1</translation>
    </message>
    <message>
        <source>Links: %1</source>
        <translation>关联：%1</translation>
    </message>
    <message>
        <source>the file exists; use --force to replace it</source>
        <translation>文件已存在；如需替换，请使用 --force</translation>
    </message>
    <message>
        <source>the file is open in Journey Studio; close it first</source>
        <translation>该文件已在 Journey Studio 中打开；请先将其关闭</translation>
    </message>
    <message>
        <source>%1: created the project &quot;%2&quot;</source>
        <translation>%1：已创建项目“%2”</translation>
    </message>
    <message>
        <source>List the working copies left behind.</source>
        <translation>列出遗留的工作副本。</translation>
    </message>
    <message>
        <source>Delete the working copies left behind.</source>
        <translation>删除遗留的工作副本。</translation>
    </message>
    <message>
        <source>Write the recovered project to OUT instead of FILE.</source>
        <translation>将恢复的项目写入 OUT，而不是 FILE。</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>Replace an existing OUT.</source>
        <translation>替换已有的 OUT。</translation>
    </message>
    <message>
        <source>recover: use only one of --list, --discard and -o</source>
        <translation>recover：--list、--discard 和 -o 只能使用其中之一</translation>
    </message>
    <message>
        <source>%1: nothing to recover</source>
        <translation>%1：没有可恢复的内容</translation>
    </message>
    <message>
        <source>%1 (last changed %2)</source>
        <translation>%1（最后修改于 %2）</translation>
    </message>
    <message>
        <source>%1: discarded %2 working copies</source>
        <translation>%1：已丢弃 %2 个工作副本</translation>
    </message>
    <message>
        <source>%1: recovered the unsaved work into %2</source>
        <translation>%1：已将未保存的工作恢复到 %2</translation>
    </message>
    <message>
        <source>%1 older working copies remain; see them with --list, delete them with --discard</source>
        <translation>还有 %1 个较早的工作副本；可用 --list 查看，用 --discard 删除</translation>
    </message>
    <message>
        <source>%1: valid, but written by a newer version of Journey Studio (schema version %2): it opens read-only</source>
        <translation>%1：有效，但由更新版本的 Journey Studio 写入（架构版本 %2），将以只读方式打开</translation>
    </message>
    <message>
        <source>%1: valid (schema version %2)</source>
        <translation>%1：有效（架构版本 %2）</translation>
    </message>
    <message>
        <source>%1: an argument is missing</source>
        <translation>%1：缺少参数</translation>
    </message>
    <message>
        <source>The journey to export (default: the first).</source>
        <translation>要导出的旅程（默认：第一个）。</translation>
    </message>
    <message>
        <source>pdf, svg, png, json, csv, xlsx or mermaid.</source>
        <translation>pdf、svg、png、json、csv、xlsx 或 mermaid。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>PDF paper: a4, a3 or letter (default: fitted to the map).</source>
        <translation>PDF 纸张：a4、a3 或 letter（默认：适应地图）。</translation>
    </message>
    <message>
        <source>PAGE</source>
        <translation>PAGE</translation>
    </message>
    <message>
        <source>PDF: landscape paper.</source>
        <translation>PDF：横向纸张。</translation>
    </message>
    <message>
        <source>PDF: cut the map into overlapping pages at full size.</source>
        <translation>PDF：将地图按原尺寸切分为相互重叠的多页。</translation>
    </message>
    <message>
        <source>PNG: dots per inch (96 is the screen size).</source>
        <translation>PNG：每英寸点数（96 为屏幕尺寸）。</translation>
    </message>
    <message>
        <source>PNG and tiled PDF: size factor (1 = screen size).</source>
        <translation>PNG 和分页 PDF：尺寸系数（1 = 屏幕尺寸）。</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>PNG and SVG: transparent background.</source>
        <translation>PNG 和 SVG：透明背景。</translation>
    </message>
    <message>
        <source>light, dark or high-contrast.</source>
        <translation>light、dark 或 high-contrast。</translation>
    </message>
    <message>
        <source>THEME</source>
        <translation>THEME</translation>
    </message>
    <message>
        <source>Leave out the title block and legend.</source>
        <translation>不包含标题栏和图例。</translation>
    </message>
    <message>
        <source>PDF: add the pain-point and opportunity tables.</source>
        <translation>PDF：添加痛点表和机会表。</translation>
    </message>
    <message>
        <source>export: --format is missing (one of %1)</source>
        <translation>export：缺少 --format（可选 %1）</translation>
    </message>
    <message>
        <source>export: unknown format &quot;%1&quot; (one of %2)</source>
        <translation>export：未知格式“%1”（可选 %2）</translation>
    </message>
    <message>
        <source>export: -o OUT is missing</source>
        <translation>export：缺少 -o OUT</translation>
    </message>
    <message>
        <source>export: unknown page &quot;%1&quot; (a4, a3 or letter)</source>
        <translation>export：未知页面“%1”（a4、a3 或 letter）</translation>
    </message>
    <message>
        <source>export: --dpi must be a whole number from 1 to %1, not &quot;%2&quot;</source>
        <translation>export：--dpi 必须是 1 到 %1 之间的整数，而不是“%2”</translation>
    </message>
    <message>
        <source>export: --scale must be a number above 0 and at most %1, not &quot;%2&quot;</source>
        <translation>export：--scale 必须是大于 0 且不超过 %1 的数字，而不是“%2”</translation>
    </message>
    <message>
        <source>export: unknown theme &quot;%1&quot; (light, dark or high-contrast)</source>
        <translation>export：未知主题“%1”（light、dark 或 high-contrast）</translation>
    </message>
    <message>
        <source>the project has no journey to export</source>
        <translation>项目中没有可导出的旅程</translation>
    </message>
    <message>
        <source>no journey named &quot;%1&quot;; the journeys are: %2</source>
        <translation>没有名为“%1”的旅程；现有旅程：%2</translation>
    </message>
    <message>
        <source>%1: the image was limited to %2 × %3 pixels (scale %4)</source>
        <translation>%1：图片已限制为 %2 × %3 像素（缩放 %4）</translation>
    </message>
    <message>
        <source>%1: wrote %2</source>
        <translation>%1：已写入 %2</translation>
    </message>
    <message>
        <source>%1: note: %2 characters; Mermaid draws at most %3 unless its maxTextSize setting is raised</source>
        <translation>%1：注意：%2 个字符；除非调高其 maxTextSize 设置，否则 Mermaid 最多只绘制 %3 个字符</translation>
    </message>
    <message>
        <source>opened read-only (%1); nothing imported</source>
        <translation>以只读方式打开（%1）；未导入任何内容</translation>
    </message>
    <message>
        <source>the project is open in Journey Studio; close it first</source>
        <translation>该项目已在 Journey Studio 中打开；请先关闭</translation>
    </message>
    <message>
        <source>a crashed session left unsaved work: run &quot;recover&quot; first</source>
        <translation>崩溃的会话留下了未保存的工作：请先运行“recover”</translation>
    </message>
    <message>
        <source>not mapped: %1</source>
        <translation>未映射：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) matched existing personas</source>
        <translation>
            <numerusform>%n 个参与者与现有用户画像匹配</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: imported %2 into %3</source>
        <translation>%1：已将 %2 导入到 %3</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of the file already exist in the project (same UUID): imported as copies with new UUIDs</source>
        <translation>
            <numerusform>文件中有 %n 项已存在于项目中（UUID 相同）：已作为带新 UUID 的副本导入</numerusform>
        </translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation>冲突：%1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more conflict(s)</source>
        <translation>
            <numerusform>…… 以及另外 %n 个冲突</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Column mapping (JSON, see docs/METRICS.md).</source>
        <translation>列映射（JSON，参见 docs/METRICS.md）。</translation>
    </message>
    <message>
        <source>MAPPING.json</source>
        <translation>MAPPING.json</translation>
    </message>
    <message>
        <source>Map the columns from their questions.</source>
        <translation>根据问题映射列。</translation>
    </message>
    <message>
        <source>The journey the survey is about.</source>
        <translation>调查问卷所涉及的旅程。</translation>
    </message>
    <message>
        <source>Encoding of the CSV: utf-8, utf-16le, utf-16be or gb18030.</source>
        <translation>CSV 编码：utf-8、utf-16le、utf-16be 或 gb18030。</translation>
    </message>
    <message>
        <source>Order of day and month when the dates leave it open: dmy, mdy or ymd.</source>
        <translation>日期中日和月顺序不明确时的顺序：dmy、mdy 或 ymd。</translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation>ORDER</translation>
    </message>
    <message>
        <source>Check the rows; write nothing.</source>
        <translation>检查各行；不写入任何内容。</translation>
    </message>
    <message>
        <source>not a JSON object: %1</source>
        <translation>不是 JSON 对象：%1</translation>
    </message>
    <message>
        <source>import-survey: no mapping stored for these columns: give --mapping MAPPING.json or --auto</source>
        <translation>import-survey：没有为这些列保存的映射：请指定 --mapping MAPPING.json 或 --auto</translation>
    </message>
    <message>
        <source>import-survey: give --mapping or --auto, not both</source>
        <translation>import-survey：请指定 --mapping 或 --auto，不能同时指定</translation>
    </message>
    <message>
        <source>import-survey: unknown encoding &quot;%1&quot;</source>
        <translation>import-survey：未知编码“%1”</translation>
    </message>
    <message>
        <source>import-survey: --date-order must be dmy, mdy or ymd</source>
        <translation>import-survey：--date-order 必须是 dmy、mdy 或 ymd</translation>
    </message>
    <message>
        <source>no journey &quot;%1&quot;</source>
        <translation>没有旅程“%1”</translation>
    </message>
    <message>
        <source>Only this journey.</source>
        <translation>仅此旅程。</translation>
    </message>
    <message>
        <source>Group by stage, touchpoint, persona, week, month or quarter.</source>
        <translation>按阶段、触点、用户画像、周、月或季度分组。</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GROUP</translation>
    </message>
    <message>
        <source>NPS %1 (±%2, %3)</source>
        <translation>NPS %1（±%2，%3）</translation>
    </message>
    <message>
        <source>CSAT %1 % (mean %2, %3)</source>
        <translation>CSAT %1%（平均值 %2，%3）</translation>
    </message>
    <message>
        <source>CES %1 (agree %2 %, %3)</source>
        <translation>CES %1（同意 %2%，%3）</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>无回答</translation>
    </message>
    <message>
        <source>metrics: --by must be stage, touchpoint, persona, week, month or quarter, not &quot;%1&quot;</source>
        <translation>metrics：--by 必须是 stage、touchpoint、persona、week、month 或 quarter，而不是“%1”</translation>
    </message>
    <message>
        <source>Overall: %1</source>
        <translation>总体：%1</translation>
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
        <translation>用法：%1 COMMAND FILE [OPTIONS]

命令：
  new FILE [--name NAME] [--force]
      创建空的项目文件。除非指定 --force，否则保留已有文件。
  info FILE [--json]
      显示项目包含的内容：每类实体的数量，也按旅程分别统计。
  validate FILE
      将项目文件作为不受信任的输入进行检查；输出“valid”或问题所在。
  recover FILE [--list | --discard | -o OUT [--force]]
      将意外结束的会话中未保存的工作恢复到 FILE（或 OUT）；
      --list 显示遗留的工作副本，--discard 删除它们。
  generate FILE --journeys N --stages N --touchpoints N [--seed S] [--name NAME]
           [--force]
      写入一个合成项目；--touchpoints 指每个旅程的触点数，
      平均分布到其各个阶段。
  import-survey FILE CSV [--mapping MAPPING.json | --auto] [--journey NAME]
           [--encoding NAME] [--date-order dmy|mdy|ymd] [--keep-answers]
           [--dry-run]
      导入调查问卷导出文件（Qualtrics、SurveyMonkey、Google Forms、通用 CSV）
      并输出摘要；未指定 --mapping 或 --auto 时，使用为相同列保存的映射。
      没有任何行可导入时退出码为 2。
  metrics FILE [--journey NAME] [--by stage|touchpoint|persona|month] [--json]
      显示导入的调查问卷中的 NPS、CSAT 和 CES，包括总体和各分组。
  export FILE --format pdf|svg|png|json|csv|xlsx|mermaid -o OUT [--journey NAME]
           [--page a4|a3|letter] [--landscape] [--tiled] [--dpi N] [--scale F]
           [--transparent] [--theme light|dark|high-contrast] [--no-title-block]
           [--report]
      将旅程地图（pdf、svg、png）或项目数据写入 OUT；未指定 --journey 时
      使用第一个旅程。--tiled 将 PDF 切分为相互重叠的多页。
  import FILE SOURCE.json|SOURCE.mmd
      将 JSON 导出文件（合并；FILE 中已有的 UUID 将作为带新 UUID 的副本导入）
      或 Mermaid 旅程图（作为新旅程）添加到 FILE，作为一个可撤销的步骤，
      并保存 FILE。

选项：
  -h, --help     显示此帮助。
  --version      显示版本。

退出状态：0 完成，1 无可恢复内容，2 文件无效、被拒绝或失败，
64 用法错误。
</translation>
    </message>
    <message>
        <source>Also store every answer (survey_answer), not only the aggregates.</source>
        <translation>同时保存每条回答（survey_answer），而不仅是汇总数据。</translation>
    </message>
</context>
<context>
    <name>cjm::ClipboardFragment</name>
    <message>
        <source>The clipboard data is not valid JSON (at character %1): %2</source>
        <translation>剪贴板数据不是有效的 JSON（位于第 %1 个字符）：%2</translation>
    </message>
    <message>
        <source>The clipboard data is not a Journey Studio fragment.</source>
        <translation>剪贴板数据不是 Journey Studio 片段。</translation>
    </message>
    <message>
        <source>The clipboard data comes from a newer Journey Studio (format version %1).</source>
        <translation>剪贴板数据来自更新版本的 Journey Studio（格式版本 %1）。</translation>
    </message>
    <message>
        <source>The clipboard data has a %1 without an id (entry %2).</source>
        <translation>剪贴板数据中有一个没有 id 的 %1（条目 %2）。</translation>
    </message>
    <message>
        <source>The clipboard data has a link of unknown kind %1 (link %2).</source>
        <translation>剪贴板数据中有一个未知类型 %1 的链接（链接 %2）。</translation>
    </message>
    <message>
        <source>There is no journey to paste the stages into.</source>
        <translation>没有可粘贴阶段的旅程。</translation>
    </message>
    <message>
        <source>Select a stage to paste the touchpoints into.</source>
        <translation>请选择要粘贴触点的阶段。</translation>
    </message>
    <message>
        <source>Select a touchpoint or a stage to paste the cards onto.</source>
        <translation>请选择要粘贴卡片的触点或阶段。</translation>
    </message>
    <message>
        <source>There is no journey to paste the lanes into.</source>
        <translation>没有可粘贴泳道的旅程。</translation>
    </message>
</context>
<context>
    <name>cjm::CommandChecks</name>
    <message>
        <source>already exists</source>
        <translation>已存在</translation>
    </message>
    <message>
        <source>no %1 given</source>
        <translation>未指定 %1</translation>
    </message>
    <message>
        <source>there is no %1 %2</source>
        <translation>不存在 %1 %2</translation>
    </message>
    <message>
        <source>%1 %2: %3: %4</source>
        <translation>%1 %2：%3：%4</translation>
    </message>
    <message>
        <source>must be the stage of touchpoint %1</source>
        <translation>必须是触点 %1 所在的阶段</translation>
    </message>
    <message>
        <source>a journey cannot improve itself</source>
        <translation>旅程不能改进其自身</translation>
    </message>
    <message>
        <source>the touchpoint is not in the lane&apos;s journey</source>
        <translation>该触点不属于此泳道所在的旅程</translation>
    </message>
    <message>
        <source>the lane already has a cell for this touchpoint</source>
        <translation>该泳道已有此触点的单元格</translation>
    </message>
    <message>
        <source>the id is missing</source>
        <translation>缺少 ID</translation>
    </message>
    <message>
        <source>%1 has no field %2 to edit</source>
        <translation>%1 没有可编辑的字段 %2</translation>
    </message>
    <message>
        <source>only user-defined text lanes hold text cells</source>
        <translation>只有用户自定义的文本泳道才能包含文本单元格</translation>
    </message>
</context>
<context>
    <name>cjm::CsvReader</name>
    <message>
        <source>The file is not open for reading.</source>
        <translation>文件未以读取方式打开。</translation>
    </message>
    <message>
        <source>This system cannot read text in the %1 encoding.</source>
        <translation>此系统无法读取 %1 编码的文本。</translation>
    </message>
    <message>
        <source>The file could not be read to its end: %1</source>
        <translation>无法完整读取文件：%1</translation>
    </message>
    <message>
        <source>Line %1: a field is longer than %2 characters. Is a closing quote missing, or is this not a CSV file?</source>
        <translation>第 %1 行：某个字段超过 %2 个字符。是否缺少右引号，或者这不是 CSV 文件？</translation>
    </message>
    <message>
        <source>Line %1: a record is longer than %2 characters. Is a closing quote missing, or is this not a CSV file?</source>
        <translation>第 %1 行：某条记录超过 %2 个字符。是否缺少右引号，或者这不是 CSV 文件？</translation>
    </message>
    <message>
        <source>Line %1: a record has more than %2 columns.</source>
        <translation>第 %1 行：某条记录超过 %2 列。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field starting on this line is never closed.</source>
        <translation>第 %1 行：从此行开始的带引号字段没有闭合。</translation>
    </message>
</context>
<context>
    <name>cjm::CsvTableWriter</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1：无法创建文件夹</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>cjm::DataExchange</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Whole project as JSON (*.json)</source>
        <translation>整个项目（JSON）(*.json)</translation>
    </message>
    <message>
        <source>Tables as an Excel workbook (*.xlsx)</source>
        <translation>表格（Excel 工作簿）(*.xlsx)</translation>
    </message>
    <message>
        <source>Tables as CSV files (*.csv)</source>
        <translation>表格（CSV 文件）(*.csv)</translation>
    </message>
    <message>
        <source>Journey as a Mermaid diagram (*.mmd)</source>
        <translation>旅程（Mermaid 图）(*.mmd)</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Journey Studio JSON or Mermaid journey (*.json *.mmd *.mermaid)</source>
        <translation>Journey Studio JSON 或 Mermaid 旅程 (*.json *.mmd *.mermaid)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>已导入 %1</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>已导入 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of the file already exist in the project (same UUID): imported as copies with new UUIDs.</source>
        <translation>
            <numerusform>文件中有 %n 项已存在于项目中（UUID 相同）：已作为副本以新的 UUID 导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Some of the diagram could not be kept.</source>
        <translation>图中有部分内容无法保留。</translation>
    </message>
</context>
<context>
    <name>cjm::Document</name>
    <message>
        <source>%1: the file does not exist</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1: unsaved changes from a session that ended unexpectedly can be recovered</source>
        <translation>%1：可以恢复意外结束的会话中未保存的更改</translation>
    </message>
    <message>
        <source>%1 is open in another Journey Studio window</source>
        <translation>%1 已在另一个 Journey Studio 窗口中打开</translation>
    </message>
    <message>
        <source>The file is open in another window; this copy is read-only.</source>
        <translation>该文件已在另一个窗口中打开；此副本为只读。</translation>
    </message>
    <message>
        <source>The file was written by a newer version of Journey Studio (schema %1); it opens read-only.</source>
        <translation>此文件由更新版本的 Journey Studio 写入（架构 %1），将以只读方式打开。</translation>
    </message>
    <message>
        <source>the project has no file yet: use Save As</source>
        <translation>项目尚未保存为文件：请使用“另存为”</translation>
    </message>
    <message>
        <source>the project is read-only: save it under another name</source>
        <translation>项目为只读：请以其他名称保存</translation>
    </message>
    <message>
        <source>The project is read-only.</source>
        <translation>项目为只读。</translation>
    </message>
</context>
<context>
    <name>cjm::DocumentOpener</name>
    <message>
        <source>%1: a session that ended unexpectedly left unsaved changes; open the file in Journey Studio to recover or discard them</source>
        <translation>%1：意外结束的会话留下了未保存的更改；请在 Journey Studio 中打开该文件，以恢复或放弃这些更改</translation>
    </message>
    <message>
        <source>%1 could not be opened</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <source>an untitled project</source>
        <translation>未命名项目</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>恢复未保存的更改</translation>
    </message>
    <message>
        <source>Journey Studio ended unexpectedly while %1 had unsaved changes.</source>
        <translation>Journey Studio 意外退出时，%1 中尚有未保存的更改。</translation>
    </message>
    <message>
        <source>The changes were last written on %1. Recover them, or discard them and %2?</source>
        <translation>这些更改最后写入于 %1。要恢复这些更改，还是放弃更改并%2？</translation>
    </message>
    <message>
        <source>start afresh</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>open the file as it was last saved</source>
        <translation>打开上次保存时的文件</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>以后再说(&amp;N)</translation>
    </message>
    <message>
        <source>File in Use</source>
        <translation>文件正在使用</translation>
    </message>
    <message>
        <source>%1 is open in another Journey Studio window.</source>
        <translation>%1 已在另一个 Journey Studio 窗口中打开。</translation>
    </message>
    <message>
        <source>You can open a read-only copy; save it under another name to keep changes.</source>
        <translation>您可以打开一个只读副本；如需保留更改，请以其他名称保存。</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>以只读方式打开(&amp;R)</translation>
    </message>
</context>
<context>
    <name>cjm::DriverAnalysis</name>
    <message>
        <source>Fix first</source>
        <comment>driver analysis quadrant</comment>
        <translation>优先改进</translation>
    </message>
    <message>
        <source>Maintain</source>
        <comment>driver analysis quadrant</comment>
        <translation>保持优势</translation>
    </message>
    <message>
        <source>Monitor</source>
        <comment>driver analysis quadrant</comment>
        <translation>持续观察</translation>
    </message>
    <message>
        <source>Lower priority</source>
        <comment>driver analysis quadrant</comment>
        <translation>低优先级</translation>
    </message>
</context>
<context>
    <name>cjm::DriverQuadrantChart</name>
    <message>
        <source>Driver analysis: importance and performance</source>
        <translation>驱动因素分析：重要性与表现</translation>
    </message>
    <message>
        <source>No survey answers for this journey yet. Import survey data with an NPS column and CSAT columns about touchpoints to see which touchpoints drive the NPS.</source>
        <translation>此旅程尚无调查问卷回答。请导入包含 NPS 列和有关触点的 CSAT 列的调查数据，以查看哪些触点驱动 NPS。</translation>
    </message>
    <message>
        <source>Driver analysis needs an NPS answer and CSAT answers about at least two touchpoints from the same respondents.</source>
        <translation>驱动因素分析需要同一批受访者对 NPS 的回答以及至少两个触点的 CSAT 回答。</translation>
    </message>
    <message>
        <source>%1
importance r = %2, mean %3, n = %4</source>
        <translation>%1
重要性 r = %2，平均值 %3，n = %4</translation>
    </message>
    <message>
        <source>Performance (mean CSAT)</source>
        <translation>表现（CSAT 平均值）</translation>
    </message>
    <message>
        <source>Importance (r with NPS)</source>
        <translation>重要性（与 NPS 的 r）</translation>
    </message>
    <message>
        <source>touchpoints: %1 · n = up to %2 respondents with both answers</source>
        <translation>触点：%1 · n = 最多 %2 位同时回答两项的受访者</translation>
    </message>
    <message>
        <source>hollow points: fewer than %1 pairs</source>
        <translation>空心点：少于 %1 对</translation>
    </message>
    <message>
        <source>lines: medians</source>
        <translation>线条：中位数</translation>
    </message>
</context>
<context>
    <name>cjm::EditInsight</name>
    <message>
        <source>Edit insight</source>
        <translation>编辑洞察</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n insight(s)</source>
        <translation>
            <numerusform>编辑 %n 条洞察</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::EditJourney</name>
    <message>
        <source>Edit journey</source>
        <translation>编辑旅程</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n journey(s)</source>
        <translation>
            <numerusform>编辑 %n 个旅程</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::EditLane</name>
    <message>
        <source>Edit lane</source>
        <translation>编辑泳道</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n lane(s)</source>
        <translation>
            <numerusform>编辑 %n 条泳道</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::EditMeasurement</name>
    <message>
        <source>Edit measurement</source>
        <translation>编辑测量值</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n measurement(s)</source>
        <translation>
            <numerusform>编辑 %n 个测量值</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::EditMetric</name>
    <message>
        <source>Edit metric</source>
        <translation>编辑指标</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n metric(s)</source>
        <translation>
            <numerusform>编辑 %n 项指标</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::EditOpportunity</name>
    <message>
        <source>Edit opportunity</source>
        <translation>编辑机会</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n opportunity(s)</source>
        <translation>
            <numerusform>编辑 %n 项机会</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::EditPainPoint</name>
    <message>
        <source>Edit pain point</source>
        <translation>编辑痛点</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n pain point(s)</source>
        <translation>
            <numerusform>编辑 %n 个痛点</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::EditPersona</name>
    <message>
        <source>Edit persona</source>
        <translation>编辑用户画像</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n persona(s)</source>
        <translation>
            <numerusform>编辑 %n 个用户画像</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::EditProjectInfo</name>
    <message>
        <source>Edit project</source>
        <translation>编辑项目</translation>
    </message>
</context>
<context>
    <name>cjm::EditStage</name>
    <message>
        <source>Edit stage</source>
        <translation>编辑阶段</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n stage(s)</source>
        <translation>
            <numerusform>编辑 %n 个阶段</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::EditTouchpoint</name>
    <message>
        <source>Edit touchpoint</source>
        <translation>编辑触点</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n touchpoint(s)</source>
        <translation>
            <numerusform>编辑 %n 个触点</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::EmotionCurveChart</name>
    <message>
        <source>Emotion curve: as-is and to-be</source>
        <translation>情绪曲线：现状与目标</translation>
    </message>
    <message>
        <source>Open a project and choose a journey to see its emotion curve.</source>
        <translation>打开项目并选择一个旅程以查看其情绪曲线。</translation>
    </message>
    <message>
        <source>As-is</source>
        <translation>现状</translation>
    </message>
    <message>
        <source>To-be</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>This journey has no touchpoints yet. Add touchpoints on the map and rate their emotion to see the curve.</source>
        <translation>此旅程还没有触点。请在地图上添加触点并评定其情绪，以查看曲线。</translation>
    </message>
    <message>
        <source>n = %1 touchpoints, %2 with a to-be emotion</source>
        <translation>n = %1 个触点，其中 %2 个有目标情绪</translation>
    </message>
    <message>
        <source>persona: %1</source>
        <translation>用户画像：%1</translation>
    </message>
</context>
<context>
    <name>cjm::ExportDialog</name>
    <message>
        <source>Cut into overlapping pages at full size</source>
        <translation>按原尺寸切分为相互重叠的多页</translation>
    </message>
    <message>
        <source>Title block with legend</source>
        <translation>带图例的标题栏</translation>
    </message>
    <message>
        <source>Pain-point and opportunity tables</source>
        <translation>痛点表和机会表</translation>
    </message>
    <message>
        <source>Export Map</source>
        <translation>导出地图</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG 图形</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <source>Fitted to the map</source>
        <translation>适应地图</translation>
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
        <translation>纵向</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Theme background</source>
        <translation>主题背景</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>透明</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>方向(&amp;O)：</translation>
    </message>
    <message>
        <source>Print &amp;scale:</source>
        <translation>打印缩放(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>分辨率(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>背景(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>报告：</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 图形 (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Exporting the map…</source>
        <translation>正在导出地图…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>cjm::ExportReport</name>
    <message>
        <source>Report: %1</source>
        <translation>报告：%1</translation>
    </message>
    <message>
        <source>Pain points by risk</source>
        <translation>按风险排列的痛点</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>痛点</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>触点</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>可能性</translation>
    </message>
    <message>
        <source>Score (S × L)</source>
        <translation>分数（S × L）</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>(whole stage)</source>
        <translation>（整个阶段）</translation>
    </message>
    <message>
        <source>Opportunities, ranked</source>
        <translation>机会排名</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>机会</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>痛点</translation>
    </message>
    <message>
        <source>Risk addressed</source>
        <translation>解决的风险</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>工作量</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>Risk matrix: pain points by severity × likelihood</source>
        <translation>风险矩阵：按严重程度 × 可能性划分的痛点</translation>
    </message>
    <message>
        <source>L %1</source>
        <translation>可能性 %1</translation>
    </message>
    <message>
        <source>Severity %1</source>
        <translation>严重程度 %1</translation>
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
        <translation>未设置</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>构想</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引述</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>观察</translation>
    </message>
    <message>
        <source>Data point</source>
        <translation>数据点</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>调查问卷</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>访谈</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <source>Employee feedback</source>
        <translation>员工反馈</translation>
    </message>
    <message>
        <source>Operational data</source>
        <translation>运营数据</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
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
        <translation>自定义</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>交互</translation>
    </message>
    <message>
        <source>Perception</source>
        <translation>感知</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>行为</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>旅程</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>触点</translation>
    </message>
    <message>
        <source>Contain</source>
        <translation>控制影响</translation>
    </message>
    <message>
        <source>Contact the customer</source>
        <translation>联系客户</translation>
    </message>
    <message>
        <source>Investigate</source>
        <translation>调查原因</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>补救</translation>
    </message>
    <message>
        <source>Prevent recurrence</source>
        <translation>防止再次发生</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>External provider</source>
        <translation>外部提供方</translation>
    </message>
    <message>
        <source>Customer action</source>
        <translation>客户行为</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>想法</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>感受</translation>
    </message>
    <message>
        <source>Emotion (as-is)</source>
        <translation>情绪（现状）</translation>
    </message>
    <message>
        <source>Emotion (to-be)</source>
        <translation>情绪（目标）</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>关键时刻</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>后台</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>可能性</translation>
    </message>
    <message>
        <source>Customers affected</source>
        <translation>受影响客户</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Handling notes</source>
        <translation>处理备注</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>票数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>工作量</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Expected change</source>
        <translation>预期变化</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Source detail</source>
        <translation>来源详情</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>客户占比</translation>
    </message>
    <message>
        <source>Value per customer</source>
        <translation>每位客户价值</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>挫败点</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Customer goal</source>
        <translation>客户目标</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>可见</translation>
    </message>
    <message>
        <source>Scale minimum</source>
        <translation>量表最小值</translation>
    </message>
    <message>
        <source>Scale maximum</source>
        <translation>量表最大值</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>周期开始</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>周期结束</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Sample size</source>
        <translation>样本量</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Content language</source>
        <translation>内容语言</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>用户画像</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>泳道</translation>
    </message>
    <message>
        <source>Lane cell</source>
        <translation>泳道单元格</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>痛点</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>机会</translation>
    </message>
    <message>
        <source>Insight</source>
        <translation>洞察</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>测量值</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s)</source>
        <translation>
            <numerusform>%n 个用户画像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journey(s)</source>
        <translation>
            <numerusform>%n 个旅程</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n 个阶段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s)</source>
        <translation>
            <numerusform>%n 个触点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pain point(s)</source>
        <translation>
            <numerusform>%n 个痛点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(-ies)</source>
        <translation>
            <numerusform>%n 个机会</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n insight(s)</source>
        <translation>
            <numerusform>%n 条洞察</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>触点</translation>
    </message>
    <message>
        <source>Customer actions</source>
        <translation>客户行为</translation>
    </message>
    <message>
        <source>Feelings and emotion</source>
        <translation>感受与情绪</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>痛点</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>机会</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>洞察</translation>
    </message>
    <message>
        <source>Text lane</source>
        <translation>文本泳道</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>cjm::FieldEditor</name>
    <message>
        <source>No date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>(mixed)</source>
        <translation>（混合）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>cjm::FieldEditorFactory</name>
    <message>
        <source>(mixed)</source>
        <translation>（混合）</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
</context>
<context>
    <name>cjm::FieldValue</name>
    <message>
        <source>value %1 is outside %2..%3</source>
        <translation>值 %1 超出范围 %2..%3</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>应为文本</translation>
    </message>
    <message>
        <source>text longer than %1 characters</source>
        <translation>文本超过 %1 个字符</translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <source>expected an integer or NULL</source>
        <translation>应为整数或 NULL</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>应为数字</translation>
    </message>
    <message>
        <source>expected a number or NULL</source>
        <translation>应为数字或 NULL</translation>
    </message>
    <message>
        <source>expected a lower-case UUID</source>
        <translation>应为小写 UUID</translation>
    </message>
    <message>
        <source>expected a colour &quot;#rrggbb&quot;</source>
        <translation>应为“#rrggbb”格式的颜色</translation>
    </message>
    <message>
        <source>expected a date</source>
        <translation>应为日期</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD</source>
        <translation>应为 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>expected a date and time</source>
        <translation>应为日期和时间</translation>
    </message>
    <message>
        <source>expected an ISO 8601 date and time</source>
        <translation>应为 ISO 8601 格式的日期和时间</translation>
    </message>
    <message>
        <source>expected binary data</source>
        <translation>应为二进制数据</translation>
    </message>
    <message>
        <source>data larger than %1 bytes</source>
        <translation>数据超过 %1 字节</translation>
    </message>
    <message>
        <source>expected a JSON list of text</source>
        <translation>应为由文本组成的 JSON 列表</translation>
    </message>
    <message>
        <source>unknown field type</source>
        <translation>未知的字段类型</translation>
    </message>
</context>
<context>
    <name>cjm::FindBar</name>
    <message>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <source>Titles, descriptions, insights</source>
        <translation>标题、描述、洞察</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Find the previous match (Shift+Enter)</source>
        <translation>查找上一个匹配项（Shift+Enter）</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Find the next match (Enter)</source>
        <translation>查找下一个匹配项（Enter）</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>无匹配项</translation>
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
        <translation>第 %1 个，共 %2 个 — %3</translation>
    </message>
</context>
<context>
    <name>cjm::ImageDropper</name>
    <message>
        <source>Could not read the image %1: %2</source>
        <translation>无法读取图片 %1：%2</translation>
    </message>
    <message>
        <source>Could not encode the image %1.</source>
        <translation>无法编码图片 %1。</translation>
    </message>
    <message>
        <source>The project is read-only.</source>
        <translation>项目为只读。</translation>
    </message>
    <message>
        <source>There is no image to add.</source>
        <translation>没有可添加的图片。</translation>
    </message>
    <message numerus="yes">
        <source>Add %n images to touchpoint</source>
        <translation>
            <numerusform>向触点添加 %n 张图片</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::ImportFragment</name>
    <message>
        <source>link %1 %2 → %3 already exists</source>
        <translation>链接 %1 %2 → %3 已存在</translation>
    </message>
</context>
<context>
    <name>cjm::ImportSurvey</name>
    <message>
        <source>Import survey %1</source>
        <translation>导入调查问卷 %1</translation>
    </message>
</context>
<context>
    <name>cjm::InsertFragment</name>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>the pasted link from %1 to %2 exists already</source>
        <translation>从 %1 到 %2 的粘贴链接已存在</translation>
    </message>
</context>
<context>
    <name>cjm::InspectorDock</name>
    <message>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>没有打开的项目。</translation>
    </message>
    <message>
        <source>Select items of one kind to edit them together.</source>
        <translation>选择同一类型的多个项目以一起编辑。</translation>
    </message>
</context>
<context>
    <name>cjm::JourneyCanvas</name>
    <message>
        <source>&amp;Journey:</source>
        <translation>旅程(&amp;J)：</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适合</translation>
    </message>
    <message>
        <source>Zoom to fit the whole map</source>
        <translation>缩放以显示整个旅程地图</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>Zoom to actual size</source>
        <translation>缩放到实际大小</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>(untitled journey)</source>
        <translation>（未命名旅程）</translation>
    </message>
    <message>
        <source>This project has no journeys yet.</source>
        <translation>此项目还没有旅程。</translation>
    </message>
    <message>
        <source>No project is open.
Create one with File ▸ New, open a project file with File ▸ Open…, or drop a .cjm file here.</source>
        <translation>没有打开的项目。
可通过“文件 ▸ 新建”创建项目，通过“文件 ▸ 打开…”打开项目文件，或将 .cjm 文件拖放到此处。</translation>
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
        <translation>重点</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>As-is</source>
        <translation>现状</translation>
    </message>
    <message>
        <source>To-be</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Researched</source>
        <translation>已调研</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>已上线</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>App</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>在线聊天</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>面对面</translation>
    </message>
    <message>
        <source>Self-service</source>
        <translation>自助服务</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Human</source>
        <translation>人际</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Digital</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>假设</translation>
    </message>
    <message>
        <source>Partly data-backed</source>
        <translation>部分有数据支持</translation>
    </message>
    <message>
        <source>Research-based</source>
        <translation>基于调研</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Service process</source>
        <translation>服务流程</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Platform / system</source>
        <translation>平台 / 系统</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>very negative</source>
        <translation>非常负面</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>负面</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>正面</translation>
    </message>
    <message>
        <source>very positive</source>
        <translation>非常正面</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>中性</translation>
    </message>
</context>
<context>
    <name>cjm::LanesDock</name>
    <message>
        <source>Lanes</source>
        <translation>泳道</translation>
    </message>
    <message>
        <source>Move the lane up</source>
        <translation>上移泳道</translation>
    </message>
    <message>
        <source>Move the lane down</source>
        <translation>下移泳道</translation>
    </message>
    <message>
        <source>The journey shown has no lanes to arrange.</source>
        <translation>当前显示的旅程没有可排列的泳道。</translation>
    </message>
    <message>
        <source>Lanes of the journey shown, top to bottom:</source>
        <translation>当前显示旅程的泳道（从上到下）：</translation>
    </message>
</context>
<context>
    <name>cjm::LanguageLoader</name>
    <message>
        <source>unknown language &quot;%1&quot;; the languages are: %2</source>
        <translation>未知语言“%1”；可用的语言有：%2</translation>
    </message>
    <message>
        <source>the translation into &quot;%1&quot; is missing from this build</source>
        <translation>此版本中缺少“%1”的翻译</translation>
    </message>
</context>
<context>
    <name>cjm::LinkEntities</name>
    <message>
        <source>%1 %2 is already linked to %3 %4</source>
        <translation>%1 %2 已关联到 %3 %4</translation>
    </message>
    <message>
        <source>Add persona to journey</source>
        <translation>将用户画像添加到旅程</translation>
    </message>
    <message>
        <source>Add image to touchpoint</source>
        <translation>为触点添加图片</translation>
    </message>
    <message>
        <source>Link opportunity to pain point</source>
        <translation>将机会关联到痛点</translation>
    </message>
    <message>
        <source>Link opportunity to touchpoint</source>
        <translation>将机会关联到触点</translation>
    </message>
    <message>
        <source>Link insight to touchpoint</source>
        <translation>将洞察关联到触点</translation>
    </message>
    <message>
        <source>Link insight to pain point</source>
        <translation>将洞察关联到痛点</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>关联</translation>
    </message>
</context>
<context>
    <name>cjm::MainWindow</name>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new project</source>
        <translation>新建一个项目</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>打开项目文件</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the project to its file</source>
        <translation>将项目保存到其文件</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the project under another name</source>
        <translation>以其他名称保存项目</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Close the project</source>
        <translation>关闭项目</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;已打开&gt;</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>撤销历史</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Journey Studio</source>
        <translation>关于 Journey Studio(&amp;A)</translation>
    </message>
    <message>
        <source>About Journey Studio</source>
        <translation>关于 Journey Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Journey Studio %1&lt;/h3&gt;&lt;p&gt;Customer-experience journey mapping.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Journey Studio %1&lt;/h3&gt;&lt;p&gt;客户体验旅程地图绘制工具。&lt;/p&gt;&lt;p&gt;自由软件，依据 GNU 通用公共许可证第 3 版或更高版本发布。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Journey Studio projects (*.cjm)</source>
        <translation>Journey Studio 项目 (*.cjm)</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>未命名项目</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>no file name to save to</source>
        <translation>没有可保存的目标文件名</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>恢复未保存的更改</translation>
    </message>
    <message>
        <source>Recovered unsaved changes: save the project to keep them.</source>
        <translation>已恢复未保存的更改：请保存项目以保留这些更改。</translation>
    </message>
    <message>
        <source>Change Not Saved</source>
        <translation>更改未保存</translation>
    </message>
    <message>
        <source>the project has unsaved changes</source>
        <translation>项目有未保存的更改</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing it?</source>
        <translation>关闭前是否保存对“%1”的更改？</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>如果不保存，您的更改将会丢失。</translation>
    </message>
    <message>
        <source>Journey Studio</source>
        <translation>Journey Studio</translation>
    </message>
    <message>
        <source>%1 [read-only]</source>
        <translation>%1 [只读]</translation>
    </message>
    <message>
        <source>%1[*] — Journey Studio</source>
        <translation>%1[*] — Journey Studio</translation>
    </message>
    <message>
        <source>Journeys: %1   Stages: %2   Touchpoints: %3</source>
        <translation>旅程：%1   阶段：%2   触点：%3</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>适合窗口(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the journey map as PDF, SVG or PNG</source>
        <translation>将旅程地图导出为 PDF、SVG 或 PNG</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the journey map</source>
        <translation>打印旅程地图</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find titles, descriptions and insights</source>
        <translation>查找标题、描述和洞察</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Import &amp;Survey Data…</source>
        <translation>导入调查数据(&amp;S)…</translation>
    </message>
    <message>
        <source>Import NPS, CSAT and CES answers from a survey export</source>
        <translation>从调查问卷导出文件中导入 NPS、CSAT 和 CES 回答</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Edit Title</source>
        <translation>编辑标题(&amp;E)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Add &amp;Journey</source>
        <translation>添加旅程(&amp;J)</translation>
    </message>
    <message>
        <source>Add an empty journey with every lane to the project</source>
        <translation>向项目添加一个包含所有泳道的空旅程</translation>
    </message>
    <message>
        <source>Journey 1</source>
        <translation>旅程 1</translation>
    </message>
    <message>
        <source>Journey %1</source>
        <translation>旅程 %1</translation>
    </message>
    <message>
        <source>Add Journey</source>
        <translation>添加旅程</translation>
    </message>
    <message>
        <source>Export &amp;Data…</source>
        <translation>导出数据(&amp;D)…</translation>
    </message>
    <message>
        <source>Write the project as JSON, its tables as CSV or XLSX, or the journey as Mermaid</source>
        <translation>将项目写为 JSON，将其表格写为 CSV 或 XLSX，或将旅程写为 Mermaid</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Add a Journey Studio JSON export or a Mermaid journey diagram to the project</source>
        <translation>将 Journey Studio 的 JSON 导出或 Mermaid 旅程图添加到项目</translation>
    </message>
</context>
<context>
    <name>cjm::MapClipboard</name>
    <message>
        <source>Cut</source>
        <translation>剪切</translation>
    </message>
    <message>
        <source>The project is read-only.</source>
        <translation>项目为只读。</translation>
    </message>
    <message>
        <source>The clipboard holds nothing to paste onto a journey map.</source>
        <translation>剪贴板中没有可粘贴到旅程地图上的内容。</translation>
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
        <translation>受影响客户 %1%</translation>
    </message>
    <message>
        <source>Impact %1 · Effort %2</source>
        <extracomment>ratings of an improvement action, 1..5 each</extracomment>
        <translation>影响 %1 · 投入 %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>an insight quoted on the map, in the language&apos;s quotation marks</extracomment>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <source>n = %1</source>
        <extracomment>sample size of a measurement</extracomment>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>触点</translation>
    </message>
    <message>
        <source>Customer actions</source>
        <translation>客户行为</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>想法</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>痛点</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>机会</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>后台</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>洞察</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>构想</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引述</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>观察</translation>
    </message>
    <message>
        <source>Data point</source>
        <translation>数据点</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>问卷调查</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>访谈</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Employee feedback</source>
        <translation>员工反馈</translation>
    </message>
    <message>
        <source>Operational data</source>
        <translation>运营数据</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>情绪</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>✓ %1 · target %2</source>
        <translation>✓ %1 · 目标值 %2</translation>
    </message>
    <message>
        <source>✗ %1 · target %2</source>
        <translation>✗ %1 · 目标值 %2</translation>
    </message>
</context>
<context>
    <name>cjm::MapDragGesture</name>
    <message numerus="yes">
        <source>Move %n touchpoints</source>
        <translation>
            <numerusform>移动 %n 个触点</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::MapExporter</name>
    <message>
        <source>the journey to export does not exist</source>
        <translation>要导出的旅程不存在</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot write the PDF: %1</source>
        <translation>无法写入 PDF：%1</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>无法开始生成 PDF</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>导出已取消</translation>
    </message>
    <message>
        <source>cannot add a page</source>
        <translation>无法添加页面</translation>
    </message>
    <message>
        <source>%1 – page %2 of %3 (row %4, column %5)</source>
        <translation>%1 – 第 %2 页，共 %3 页（第 %4 行，第 %5 列）</translation>
    </message>
    <message>
        <source>Journey map exported by Journey Studio</source>
        <translation>由 Journey Studio 导出的旅程地图</translation>
    </message>
    <message>
        <source>cannot start the SVG</source>
        <translation>无法开始生成 SVG</translation>
    </message>
    <message>
        <source>not enough memory for an image of %1 × %2 pixels</source>
        <translation>内存不足，无法生成 %1 × %2 像素的图片</translation>
    </message>
    <message>
        <source>cannot write the PNG: %1</source>
        <translation>无法写入 PNG：%1</translation>
    </message>
</context>
<context>
    <name>cjm::MapInserter</name>
    <message>
        <source>Add lane</source>
        <translation>添加泳道</translation>
    </message>
</context>
<context>
    <name>cjm::MapPrinter</name>
    <message>
        <source>Journey map</source>
        <translation>旅程地图</translation>
    </message>
    <message>
        <source>The printer cannot be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message>
        <source>Print Map</source>
        <translation>打印地图</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>打印预览</translation>
    </message>
</context>
<context>
    <name>cjm::MapView</name>
    <message>
        <source>&amp;Add Here</source>
        <translation>在此添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>阶段(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Touchpoint</source>
        <translation>触点(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Pain Point</source>
        <translation>痛点(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Opportunity</source>
        <translation>机会(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Insight</source>
        <translation>洞察(&amp;I)</translation>
    </message>
    <message>
        <source>Text &amp;Lane</source>
        <translation>文本泳道(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Edit Title</source>
        <translation>编辑标题(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
</context>
<context>
    <name>cjm::MermaidJourneyReader</name>
    <message>
        <source>line 1: the text is not valid Unicode</source>
        <translation>第 1 行：文本不是有效的 Unicode</translation>
    </message>
    <message>
        <source>line 1: diagrams beginning with --- are not valid: the front matter has no closing --- line at the start of a line</source>
        <translation>第 1 行：以 --- 开头的图表无效：前置元数据在行首没有结束的 --- 行</translation>
    </message>
    <message>
        <source>line 1: the text is empty: a Mermaid journey starts with &quot;journey&quot;</source>
        <translation>第 1 行：文本为空：Mermaid 旅程以“journey”开头</translation>
    </message>
    <message>
        <source>line %1: no diagram type detected: a Mermaid journey starts with &quot;journey&quot; in lower case, not &quot;%2&quot;</source>
        <translation>第 %1 行：未检测到图表类型：Mermaid 旅程以小写的“journey”开头，而不是“%2”</translation>
    </message>
    <message>
        <source>line %1: expected &quot;journey&quot;, found &quot;%2&quot;</source>
        <translation>第 %1 行：应为“journey”，实际为“%2”</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source> (the old &quot;accDescription&quot; syntax is not accepted any more: write &quot;accDescr: text&quot;)</source>
        <translation>（不再接受旧的“accDescription”语法：请写作“accDescr: text”）</translation>
    </message>
    <message>
        <source> (&quot;//&quot; is not a comment in Mermaid: use &quot;%%&quot;)</source>
        <translation>（“//”在 Mermaid 中不是注释：请使用“%%”）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a task: a task is &quot;name: score&quot; or &quot;name: score: actors&quot;%2</source>
        <translation>“%1”不是任务：任务的格式为“name: score”或“name: score: actors”%2</translation>
    </message>
    <message>
        <source>&quot;journey&quot; may only start the diagram</source>
        <translation>“journey”只能位于图表开头</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no task name before it</source>
        <translation>“%1”前面没有任务名称</translation>
    </message>
    <message>
        <source>a &quot;:&quot; with nothing after it</source>
        <translation>“:”后面没有内容</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed here (&quot;;&quot; does not separate statements in a journey)</source>
        <translation>此处不允许使用“%1”（在旅程中“;”不用于分隔语句）</translation>
    </message>
    <message>
        <source>line %1, task &quot;%2&quot;</source>
        <translation>第 %1 行，任务“%2”</translation>
    </message>
    <message>
        <source>%1: score &quot;%2&quot; is not a number; emotion set to neutral</source>
        <translation>%1：分数“%2”不是数字；情绪设为中性</translation>
    </message>
    <message>
        <source>%1: score %2 is outside 1..5; imported as %3</source>
        <translation>%1：分数 %2 超出 1..5 范围；按 %3 导入</translation>
    </message>
    <message>
        <source>%1: score %2 is not a whole number; imported as %3</source>
        <translation>%1：分数 %2 不是整数；按 %3 导入</translation>
    </message>
    <message>
        <source>accessibility title &quot;%1&quot; (the journey is named after the title)</source>
        <translation>无障碍标题“%1”（旅程以该标题命名）</translation>
    </message>
    <message>
        <source>Imported journey</source>
        <translation>导入的旅程</translation>
    </message>
    <message>
        <source>line %1, task &quot;%2&quot;: text after the actors&apos; &quot;:&quot; is ignored (as Mermaid does)</source>
        <translation>第 %1 行，任务“%2”：参与者的“:”之后的文本将被忽略（与 Mermaid 一致）</translation>
    </message>
    <message numerus="yes">
        <source>actors per task (%n task(s) name only some actors, lines %1): every actor became a persona of the whole journey</source>
        <translation>
            <numerusform>按任务指定参与者（%n 个任务仅列出部分参与者，第 %1 行）：每个参与者都已成为整个旅程的用户画像</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cjm::MetricChart</name>
    <message>
        <source>Import Survey Data…</source>
        <translation>导入调查数据…</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Export this chart as a PNG image</source>
        <translation>将此图表导出为 PNG 图片</translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <source>Export this chart as an SVG drawing</source>
        <translation>将此图表导出为 SVG 图形</translation>
    </message>
    <message>
        <source>There is no chart to export yet.</source>
        <translation>尚无可导出的图表。</translation>
    </message>
    <message>
        <source>Cannot write the image %1.</source>
        <translation>无法写入图片 %1。</translation>
    </message>
    <message>
        <source>Cannot write the drawing %1.</source>
        <translation>无法写入图形 %1。</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 图形 (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>导出为 PNG…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>导出为 SVG…</translation>
    </message>
</context>
<context>
    <name>cjm::MetricsDock</name>
    <message>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
</context>
<context>
    <name>cjm::MetricsSnapshot</name>
    <message>
        <source>segment: %1</source>
        <translation>细分群体：%1</translation>
    </message>
    <message>
        <source>(removed persona)</source>
        <translation>（已删除的用户画像）</translation>
    </message>
</context>
<context>
    <name>cjm::MetricsView</name>
    <message>
        <source>Segment</source>
        <translation>细分群体</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>细分群体：</translation>
    </message>
    <message>
        <source>Trend by:</source>
        <translation>趋势周期：</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>所有细分群体</translation>
    </message>
    <message>
        <source>Open a project to see its metrics.</source>
        <translation>打开项目以查看其指标。</translation>
    </message>
    <message>
        <source>The survey figures cannot be read: %1</source>
        <translation>无法读取调查数据：%1</translation>
    </message>
    <message>
        <source>NPS %1</source>
        <translation>NPS %1</translation>
    </message>
    <message>
        <source>CSAT %1 % (n = %2)</source>
        <translation>CSAT %1%（n = %2）</translation>
    </message>
    <message>
        <source>CES %1 (n = %2)</source>
        <translation>CES %1（n = %2）</translation>
    </message>
    <message>
        <source>No survey answers for this selection.</source>
        <translation>此选择没有调查问卷回答。</translation>
    </message>
</context>
<context>
    <name>cjm::Migrator</name>
    <message>
        <source>schema version %1 is newer than %2</source>
        <translation>架构版本 %1 高于 %2</translation>
    </message>
    <message>
        <source>cannot start the migration</source>
        <translation>无法开始迁移</translation>
    </message>
    <message>
        <source>no migration from schema version %1</source>
        <translation>不支持从架构版本 %1 迁移</translation>
    </message>
    <message>
        <source>migrating from schema version %1 failed: %2</source>
        <translation>从架构版本 %1 迁移失败：%2</translation>
    </message>
    <message>
        <source>cannot finish the migration</source>
        <translation>无法完成迁移</translation>
    </message>
</context>
<context>
    <name>cjm::MoveInsight</name>
    <message>
        <source>Move insight</source>
        <translation>移动洞察</translation>
    </message>
</context>
<context>
    <name>cjm::MoveOpportunity</name>
    <message>
        <source>Move opportunity</source>
        <translation>移动机会</translation>
    </message>
</context>
<context>
    <name>cjm::MovePainPoint</name>
    <message>
        <source>Move pain point</source>
        <translation>移动痛点</translation>
    </message>
</context>
<context>
    <name>cjm::MoveTouchpoint</name>
    <message>
        <source>Move touchpoint</source>
        <translation>移动触点</translation>
    </message>
    <message>
        <source>a touchpoint can only move within its journey</source>
        <translation>触点只能在其所属旅程内移动</translation>
    </message>
</context>
<context>
    <name>cjm::MutationCommand</name>
    <message>
        <source>The project is read-only.</source>
        <translation>项目为只读。</translation>
    </message>
    <message>
        <source>invalid command</source>
        <translation>无效的操作</translation>
    </message>
</context>
<context>
    <name>cjm::MutationWriter</name>
    <message>
        <source>writing to the project failed: %1</source>
        <translation>写入项目失败：%1</translation>
    </message>
    <message>
        <source>unknown change</source>
        <translation>未知的更改</translation>
    </message>
    <message>
        <source>unknown field %1</source>
        <translation>未知字段 %1</translation>
    </message>
    <message>
        <source>this kind of item cannot be moved</source>
        <translation>此类条目无法移动</translation>
    </message>
</context>
<context>
    <name>cjm::NpsBreakdownChart</name>
    <message>
        <source>Promoters, passives and detractors</source>
        <translation>推荐者、被动者和贬损者</translation>
    </message>
    <message>
        <source>By stage</source>
        <translation>按阶段</translation>
    </message>
    <message>
        <source>By segment</source>
        <translation>按细分群体</translation>
    </message>
    <message>
        <source>Detractors (0–6)</source>
        <translation>贬损者（0–6）</translation>
    </message>
    <message>
        <source>Passives (7–8)</source>
        <translation>被动者（7–8）</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>推荐者（9–10）</translation>
    </message>
    <message>
        <source>%1 (NPS %2, n = %3)</source>
        <translation>%1（NPS %2，n = %3）</translation>
    </message>
    <message>
        <source>small sample</source>
        <translation>样本量小</translation>
    </message>
    <message>
        <source>No survey answers for this journey yet. Import survey data (File ▸ Import Survey Data…) to compare promoters and detractors.</source>
        <translation>此旅程尚无调查问卷回答。请导入调查数据（文件 ▸ 导入调查数据…）以比较推荐者和贬损者。</translation>
    </message>
    <message>
        <source>No NPS answers scoped to a stage or touchpoint of this journey. Try “By segment”.</source>
        <translation>没有针对此旅程中阶段或触点的 NPS 回答。请尝试“按细分群体”。</translation>
    </message>
    <message>
        <source>No NPS answers with a segment. Map a segment column when importing survey data.</source>
        <translation>没有带细分群体的 NPS 回答。导入调查数据时请映射细分群体列。</translation>
    </message>
    <message>
        <source>bars resting on fewer than %1 answers: %2</source>
        <translation>基于少于 %1 条回答的条形：%2</translation>
    </message>
</context>
<context>
    <name>cjm::NpsTrendChart</name>
    <message>
        <source>NPS trend against target</source>
        <translation>NPS 趋势与目标值对比</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>30+ answers</source>
        <translation>30 条以上回答</translation>
    </message>
    <message>
        <source>Small sample</source>
        <translation>样本量小</translation>
    </message>
    <message>
        <source>No NPS answers with a date in this journey. Map an NPS column and a date column when importing survey data.</source>
        <translation>此旅程中没有带日期的 NPS 回答。导入调查数据时请映射 NPS 列和日期列。</translation>
    </message>
    <message>
        <source>No survey answers for this journey yet. Import survey data (File ▸ Import Survey Data…) to see the NPS trend.</source>
        <translation>此旅程尚无调查问卷回答。请导入调查数据（文件 ▸ 导入调查数据…）以查看 NPS 趋势。</translation>
    </message>
    <message>
        <source>95 % margin of error</source>
        <translation>95% 误差范围</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>目标值 %1</translation>
    </message>
    <message>
        <source>hollow points: periods with fewer than %1 answers</source>
        <translation>空心点：回答少于 %1 条的周期</translation>
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
        <translation>组件面板</translation>
    </message>
    <message>
        <source>Drag onto the map to add where it lands; double-click or press Enter to add after the selection.</source>
        <translation>拖到地图上即可在放置处添加；双击或按 Enter 可在所选项之后添加。</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>触点</translation>
    </message>
    <message>
        <source>Cards and lanes</source>
        <translation>卡片和泳道</translation>
    </message>
</context>
<context>
    <name>cjm::PaletteItem</name>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Touchpoint: %1</source>
        <translation>触点：%1</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>痛点</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>机会</translation>
    </message>
    <message>
        <source>Insight</source>
        <translation>洞察</translation>
    </message>
    <message>
        <source>Text lane</source>
        <translation>文本泳道</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>新阶段</translation>
    </message>
    <message>
        <source>New touchpoint</source>
        <translation>新触点</translation>
    </message>
    <message>
        <source>New pain point</source>
        <translation>新痛点</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>新机会</translation>
    </message>
    <message>
        <source>New insight</source>
        <translation>新洞察</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>cjm::PeriodBucket</name>
    <message>
        <source>Week %1, %2</source>
        <comment>ISO week number, ISO year</comment>
        <translation>%2年第%1周</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month name, year</comment>
        <translation>%2年%1</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <comment>quarter number, year</comment>
        <translation>%2年第%1季度</translation>
    </message>
</context>
<context>
    <name>cjm::PersonasDock</name>
    <message>
        <source>Personas</source>
        <translation>用户画像</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add a persona</source>
        <translation>添加用户画像</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the persona and its links to journeys</source>
        <translation>移除该用户画像及其与旅程的关联</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Choose an image file for the persona&apos;s photo</source>
        <translation>为用户画像的照片选择图片文件</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>The journeys this persona takes</source>
        <translation>此用户画像经历的旅程</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>旅程</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>新用户画像</translation>
    </message>
    <message>
        <source>Choose Photo</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>图片 (%1)</translation>
    </message>
    <message>
        <source>Choose a persona first.</source>
        <translation>请先选择一个用户画像。</translation>
    </message>
    <message>
        <source>The project is read-only.</source>
        <translation>项目为只读。</translation>
    </message>
    <message>
        <source>%1: not an image this program can read (%2)</source>
        <translation>%1：不是本程序可读取的图片（%2）</translation>
    </message>
    <message>
        <source>Set persona photo</source>
        <translation>设置用户画像照片</translation>
    </message>
    <message>
        <source>Add image</source>
        <translation>添加图片</translation>
    </message>
</context>
<context>
    <name>cjm::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>The language changes the next time Journey Studio starts.</source>
        <translation>语言将在下次启动 Journey Studio 时更改。</translation>
    </message>
    <message>
        <source>Map &amp;theme:</source>
        <translation>地图主题(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>cjm::PresentationLauncher</name>
    <message>
        <source>&amp;Present</source>
        <translation>演示(&amp;P)</translation>
    </message>
    <message>
        <source>Present &amp;On</source>
        <translation>在屏幕上演示(&amp;O)</translation>
    </message>
    <message>
        <source>Show the journey full screen, stage by stage, for a workshop</source>
        <translation>在工作坊中全屏逐个阶段展示旅程</translation>
    </message>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation>%1（%2 × %3）</translation>
    </message>
</context>
<context>
    <name>cjm::PresentationWindow</name>
    <message>
        <source>Presentation</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>This journey has nothing to show yet.</source>
        <translation>此旅程尚无可展示的内容。</translation>
    </message>
    <message>
        <source>Stage %1 of %2 · %3</source>
        <translation>第 %1 个阶段，共 %2 个 · %3</translation>
    </message>
    <message>
        <source>Whole journey · %1 stages</source>
        <translation>整个旅程 · %1 个阶段</translation>
    </message>
    <message>
        <source>What did the room say? Enter adds it to “%1”, Esc cancels.</source>
        <translation>大家说了什么？按 Enter 添加到“%1”，按 Esc 取消。</translation>
    </message>
    <message>
        <source>What did the room say? Enter adds it to the stage “%1”, Esc cancels.</source>
        <translation>大家说了什么？按 Enter 添加到阶段“%1”，按 Esc 取消。</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>工作坊</translation>
    </message>
</context>
<context>
    <name>cjm::PresenterView</name>
    <message>
        <source>Presenter view</source>
        <translation>演讲者视图</translation>
    </message>
    <message>
        <source>No facilitator notes for this stage.</source>
        <translation>此阶段没有主持人备注。</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>当前：%1</translation>
    </message>
    <message>
        <source>Now: the whole journey</source>
        <translation>当前：整个旅程</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>下一个：%1</translation>
    </message>
    <message>
        <source>Next: end of the presentation</source>
        <translation>下一个：演示结束</translation>
    </message>
</context>
<context>
    <name>cjm::ProjectFile</name>
    <message>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>not a Journey Studio project (not an SQLite database)</source>
        <translation>不是 Journey Studio 项目（不是 SQLite 数据库）</translation>
    </message>
    <message>
        <source>not a Journey Studio project (application id %1)</source>
        <translation>不是 Journey Studio 项目（应用程序 ID 为 %1）</translation>
    </message>
    <message>
        <source>the file is corrupt (bad page size)</source>
        <translation>文件已损坏（页面大小无效）</translation>
    </message>
    <message>
        <source>the file is truncated: %1 of %2 bytes</source>
        <translation>文件不完整：只有 %1 字节，应为 %2 字节</translation>
    </message>
    <message>
        <source>the file is corrupt and cannot be read</source>
        <translation>文件已损坏，无法读取</translation>
    </message>
    <message>
        <source>the file is corrupt: %1</source>
        <translation>文件已损坏：%1</translation>
    </message>
    <message>
        <source>the file&apos;s references cannot be checked</source>
        <translation>无法检查文件中的引用</translation>
    </message>
    <message>
        <source>dangling reference: a row of table %1 refers to a missing %2</source>
        <translation>无效引用：表 %1 中的某一行引用了不存在的 %2</translation>
    </message>
    <message>
        <source>not a Journey Studio project (schema version %1)</source>
        <translation>不是 Journey Studio 项目（架构版本 %1）</translation>
    </message>
    <message>
        <source>cannot start writing the project</source>
        <translation>无法开始写入项目</translation>
    </message>
    <message>
        <source>cannot finish writing the project</source>
        <translation>无法完成项目写入</translation>
    </message>
</context>
<context>
    <name>cjm::ProjectImport</name>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>文件大于 %1 MiB</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
</context>
<context>
    <name>cjm::ProjectJsonReader</name>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>在第 %1 字节处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>$: expected an object</source>
        <translation>$：应为对象</translation>
    </message>
    <message>
        <source>$.format: expected &quot;%1&quot;; this is not a Journey Studio project export</source>
        <translation>$.format：应为“%1”；这不是 Journey Studio 项目导出文件</translation>
    </message>
    <message>
        <source>$.version: expected a number</source>
        <translation>$.version：应为数字</translation>
    </message>
    <message>
        <source>$.version: version %1 is not supported (this Journey Studio reads version %2)</source>
        <translation>$.version：不支持版本 %1（此 Journey Studio 读取版本 %2）</translation>
    </message>
    <message>
        <source>expected an integer, got %1</source>
        <translation>应为整数，实际为 %1</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>应为数字，实际为 %1</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>应为字符串，实际为 %1</translation>
    </message>
    <message>
        <source>expected a UUID string or null, got %1</source>
        <translation>应为 UUID 字符串或 null，实际为 %1</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>应为 true 或 false，实际为 %1</translation>
    </message>
    <message>
        <source>expected base64 text, got %1</source>
        <translation>应为 base64 文本，实际为 %1</translation>
    </message>
    <message>
        <source>not valid base64</source>
        <translation>不是有效的 base64</translation>
    </message>
    <message>
        <source>expected an array of strings, got %1</source>
        <translation>应为字符串数组，实际为 %1</translation>
    </message>
    <message>
        <source>expected an array of strings, found %1 in it</source>
        <translation>应为字符串数组，但其中包含 %1</translation>
    </message>
    <message>
        <source>unknown field type</source>
        <translation>未知字段类型</translation>
    </message>
    <message>
        <source>$.links: expected an array, got %1</source>
        <translation>$.links：应为数组，实际为 %1</translation>
    </message>
    <message>
        <source>%1: expected an object, got %2</source>
        <translation>%1：应为对象，实际为 %2</translation>
    </message>
    <message>
        <source>%1.kind: unknown link kind &quot;%2&quot;</source>
        <translation>%1.kind：未知链接类型“%2”</translation>
    </message>
    <message>
        <source>expected a UUID</source>
        <translation>应为 UUID</translation>
    </message>
    <message>
        <source>%1.position: %2</source>
        <translation>%1.position：%2</translation>
    </message>
    <message>
        <source>%1: dangling link: %2</source>
        <translation>%1：悬空链接：%2</translation>
    </message>
    <message>
        <source>%1: the same link is given twice</source>
        <translation>%1：同一链接出现了两次</translation>
    </message>
    <message>
        <source>%1: unknown reference: %2</source>
        <translation>%1：未知引用：%2</translation>
    </message>
</context>
<context>
    <name>cjm::ProjectLoader</name>
    <message>
        <source>table %1 holds a value that is too large (over 16 MiB)</source>
        <translation>表 %1 中有过大的值（超过 16 MiB）</translation>
    </message>
    <message>
        <source>table %1 cannot be read: %2</source>
        <translation>无法读取表 %1：%2</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>列 %1：%2</translation>
    </message>
    <message>
        <source>column %1: the id is missing</source>
        <translation>列 %1：缺少 ID</translation>
    </message>
    <message>
        <source>table project is empty: the file has no project</source>
        <translation>project 表为空：文件中没有项目</translation>
    </message>
    <message>
        <source>table project: %1</source>
        <translation>project 表：%1</translation>
    </message>
    <message>
        <source>table project holds more than one project</source>
        <translation>project 表中包含多个项目</translation>
    </message>
    <message>
        <source>table %1: a link end is not a UUID</source>
        <translation>表 %1：关联的一端不是 UUID</translation>
    </message>
    <message>
        <source>table %1, column position: %2</source>
        <translation>表 %1，position 列：%2</translation>
    </message>
    <message>
        <source>table %1, row %2: its stage is not the stage of its touchpoint</source>
        <translation>表 %1，行 %2：其阶段与所属触点的阶段不一致</translation>
    </message>
    <message>
        <source>table metric, row %1: the scale&apos;s minimum is not below its maximum</source>
        <translation>metric 表，行 %1：量表的最小值不小于最大值</translation>
    </message>
    <message>
        <source>table %1 holds %2 rows with values of the wrong type or range</source>
        <translation>表 %1 中有 %2 行的值类型错误或超出范围</translation>
    </message>
    <message>
        <source>table %1, row %2: %3</source>
        <translation>表 %1，行 %2：%3</translation>
    </message>
</context>
<context>
    <name>cjm::ProjectMerger</name>
    <message>
        <source>%1 &quot;%2&quot; (%3) is already in the project: imported as a copy with id %4</source>
        <translation>%1“%2”（%3）已在项目中：已作为 id 为 %4 的副本导入</translation>
    </message>
</context>
<context>
    <name>cjm::ProjectOutline</name>
    <message>
        <source>Personas</source>
        <translation>用户画像</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>旅程</translation>
    </message>
    <message>
        <source>%1 — %2 customer</source>
        <translation>%1 — %2客户</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 · emotion %2 (%3)</source>
        <translation>%1 · 情绪 %2（%3）</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>投票</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n vote(s)</source>
        <translation>
            <numerusform>%1 — %n 票</numerusform>
        </translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>痛点</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>机会</translation>
    </message>
</context>
<context>
    <name>cjm::ProjectTables</name>
    <message>
        <source>Touchpoints</source>
        <translation>触点</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>旅程</translation>
    </message>
    <message>
        <source>Stage no.</source>
        <translation>阶段序号</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>触点</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>情绪</translation>
    </message>
    <message>
        <source>Emotion to-be</source>
        <translation>目标情绪</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>关键时刻</translation>
    </message>
    <message>
        <source>Customer action</source>
        <translation>客户行为</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>想法</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>感受</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>后台</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>痛点</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>痛点</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>可能性</translation>
    </message>
    <message>
        <source>Risk score</source>
        <translation>风险分数</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Customers affected %</source>
        <translation>受影响客户 %</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>票数</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>机会</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>机会</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>工作量</translation>
    </message>
    <message>
        <source>Pain points addressed</source>
        <translation>解决的痛点</translation>
    </message>
    <message>
        <source>Risk addressed</source>
        <translation>解决的风险</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Expected change</source>
        <translation>预期变化</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>用户画像</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>用户画像</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Share of customers %</source>
        <translation>客户占比 %</translation>
    </message>
    <message>
        <source>Value per customer</source>
        <translation>每位客户价值</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>挫败点</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引述</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>测量值</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>周期开始</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>周期结束</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Sample size</source>
        <translation>样本量</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>idea</source>
        <translation>构想</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已验证</translation>
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
        <translation>自定义</translation>
    </message>
    <message>
        <source>project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>journey: %1</source>
        <translation>旅程：%1</translation>
    </message>
    <message>
        <source>stage: %1</source>
        <translation>阶段：%1</translation>
    </message>
    <message>
        <source>touchpoint: %1</source>
        <translation>触点：%1</translation>
    </message>
    <message>
        <source>survey</source>
        <translation>调查问卷</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>手动</translation>
    </message>
</context>
<context>
    <name>cjm::RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开的文件(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>没有最近打开的文件</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>清除菜单(&amp;C)</translation>
    </message>
</context>
<context>
    <name>cjm::RefreshSurveyMeasurements</name>
    <message>
        <source>Update survey figures</source>
        <translation>更新调查数据</translation>
    </message>
</context>
<context>
    <name>cjm::RemoveEntities</name>
    <message numerus="yes">
        <source>Remove %n item(s)</source>
        <translation>
            <numerusform>删除 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to remove</source>
        <translation>没有可删除的内容</translation>
    </message>
    <message>
        <source>a %1 cannot be removed this way</source>
        <translation>无法以这种方式删除 %1</translation>
    </message>
</context>
<context>
    <name>cjm::RemoveInsight</name>
    <message>
        <source>Remove insight</source>
        <translation>删除洞察</translation>
    </message>
</context>
<context>
    <name>cjm::RemoveJourney</name>
    <message>
        <source>Remove journey</source>
        <translation>删除旅程</translation>
    </message>
</context>
<context>
    <name>cjm::RemoveLane</name>
    <message>
        <source>Remove lane</source>
        <translation>删除泳道</translation>
    </message>
</context>
<context>
    <name>cjm::RemoveMeasurement</name>
    <message>
        <source>Remove measurement</source>
        <translation>删除测量值</translation>
    </message>
</context>
<context>
    <name>cjm::RemoveMetric</name>
    <message>
        <source>Remove metric</source>
        <translation>删除指标</translation>
    </message>
</context>
<context>
    <name>cjm::RemoveOpportunity</name>
    <message>
        <source>Remove opportunity</source>
        <translation>删除机会</translation>
    </message>
</context>
<context>
    <name>cjm::RemovePainPoint</name>
    <message>
        <source>Remove pain point</source>
        <translation>删除痛点</translation>
    </message>
</context>
<context>
    <name>cjm::RemovePersona</name>
    <message>
        <source>Remove persona</source>
        <translation>删除用户画像</translation>
    </message>
</context>
<context>
    <name>cjm::RemoveStage</name>
    <message>
        <source>Remove stage</source>
        <translation>删除阶段</translation>
    </message>
</context>
<context>
    <name>cjm::RemoveTouchpoint</name>
    <message>
        <source>Remove touchpoint</source>
        <translation>删除触点</translation>
    </message>
</context>
<context>
    <name>cjm::ReorderInsight</name>
    <message>
        <source>Move insight</source>
        <translation>移动洞察</translation>
    </message>
</context>
<context>
    <name>cjm::ReorderJourney</name>
    <message>
        <source>Move journey</source>
        <translation>移动旅程</translation>
    </message>
</context>
<context>
    <name>cjm::ReorderLane</name>
    <message>
        <source>Move lane</source>
        <translation>移动泳道</translation>
    </message>
</context>
<context>
    <name>cjm::ReorderMetric</name>
    <message>
        <source>Move metric</source>
        <translation>移动指标</translation>
    </message>
</context>
<context>
    <name>cjm::ReorderOpportunity</name>
    <message>
        <source>Move opportunity</source>
        <translation>移动机会</translation>
    </message>
</context>
<context>
    <name>cjm::ReorderPainPoint</name>
    <message>
        <source>Move pain point</source>
        <translation>移动痛点</translation>
    </message>
</context>
<context>
    <name>cjm::ReorderPersona</name>
    <message>
        <source>Move persona</source>
        <translation>移动用户画像</translation>
    </message>
</context>
<context>
    <name>cjm::ReorderStage</name>
    <message>
        <source>Move stage</source>
        <translation>移动阶段</translation>
    </message>
</context>
<context>
    <name>cjm::ReorderTouchpoint</name>
    <message>
        <source>Move touchpoint</source>
        <translation>移动触点</translation>
    </message>
</context>
<context>
    <name>cjm::RiskAssessment</name>
    <message>
        <source>Low</source>
        <comment>risk level</comment>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>risk level</comment>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <comment>risk level</comment>
        <translation>高</translation>
    </message>
    <message>
        <source>Critical</source>
        <comment>risk level</comment>
        <translation>严重</translation>
    </message>
</context>
<context>
    <name>cjm::RiskMatrixChart</name>
    <message>
        <source>Pain-point risk matrix</source>
        <translation>痛点风险矩阵</translation>
    </message>
    <message>
        <source>This journey has no pain points yet. Add pain points to its touchpoints and rate their severity and likelihood to see the risk matrix.</source>
        <translation>此旅程还没有痛点。请为其触点添加痛点并评定严重程度和可能性，以查看风险矩阵。</translation>
    </message>
    <message>
        <source>n = %1 pain points · critical %2 · high %3 · medium %4 · low %5</source>
        <translation>n = %1 个痛点 · 严重 %2 · 高 %3 · 中 %4 · 低 %5</translation>
    </message>
</context>
<context>
    <name>cjm::RiskMatrixGrid</name>
    <message>
        <source>Likelihood →</source>
        <translation>可能性 →</translation>
    </message>
    <message>
        <source>Severity →</source>
        <translation>严重程度 →</translation>
    </message>
    <message>
        <source>Risk = severity × likelihood · low 1–4 · medium 5–9 · high 10–16 · critical 17–25 · small number: score, large number: pain points</source>
        <translation>风险 = 严重程度 × 可能性 · 低 1–4 · 中 5–9 · 高 10–16 · 严重 17–25 · 小数字：分数，大数字：痛点数</translation>
    </message>
</context>
<context>
    <name>cjm::SampleQuality</name>
    <message>
        <source>n = %1 (small sample)</source>
        <translation>n = %1（样本较少）</translation>
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
        <translation>无法读取文件的架构</translation>
    </message>
    <message>
        <source>schema version %1 is unknown</source>
        <translation>未知的架构版本 %1</translation>
    </message>
    <message>
        <source>the file contains an unexpected %1</source>
        <translation>文件中包含意外的对象：%1</translation>
    </message>
    <message>
        <source>%1 does not have the expected definition</source>
        <translation>%1 的定义与预期不符</translation>
    </message>
    <message>
        <source>the file lacks the %1</source>
        <translation>文件缺少 %1</translation>
    </message>
</context>
<context>
    <name>cjm::SetEmotion</name>
    <message>
        <source>Change emotion</source>
        <translation>更改情绪</translation>
    </message>
    <message>
        <source>Change to-be emotion</source>
        <translation>更改目标情绪</translation>
    </message>
    <message>
        <source>the as-is emotion cannot be cleared</source>
        <translation>现状情绪不能清除</translation>
    </message>
</context>
<context>
    <name>cjm::SetLaneCellText</name>
    <message>
        <source>Edit lane text</source>
        <translation>编辑泳道文本</translation>
    </message>
</context>
<context>
    <name>cjm::SqlConnection</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>database error in &quot;%1&quot;: %2</source>
        <translation>“%1”中出现数据库错误：%2</translation>
    </message>
</context>
<context>
    <name>cjm::SurveyAutoMapper</name>
    <message>
        <source>New metric &quot;%1&quot; (%2–%3)</source>
        <translation>新指标“%1”（%2–%3）</translation>
    </message>
    <message>
        <source>New persona &quot;%1&quot; for the segment of the same name</source>
        <translation>为同名细分群体新建用户画像“%1”</translation>
    </message>
    <message>
        <source>Column %1 (&quot;%2&quot;): no touchpoint &quot;%3&quot; in the journey; scoped to the journey</source>
        <translation>第 %1 列（“%2”）：旅程中没有触点“%3”；范围设为整个旅程</translation>
    </message>
</context>
<context>
    <name>cjm::SurveyDateParser</name>
    <message>
        <source>Column &apos;%1&apos; has no values to read dates from.</source>
        <translation>列“%1”中没有可读取日期的值。</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; does not hold dates: &apos;%2&apos; is not a date.</source>
        <translation>列“%1”不包含日期：“%2”不是日期。</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; mixes day/month/year and month/day/year dates.</source>
        <translation>列“%1”中混用了“日/月/年”和“月/日/年”两种日期格式。</translation>
    </message>
    <message>
        <source>In column &apos;%1&apos; no day is above 12, so it is not clear whether the dates are day/month/year or month/day/year.</source>
        <translation>列“%1”中没有大于 12 的日值，因此无法确定日期格式是“日/月/年”还是“月/日/年”。</translation>
    </message>
</context>
<context>
    <name>cjm::SurveyImportSummary</name>
    <message>
        <source>out of scale</source>
        <translation>超出量表范围</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>bad date</source>
        <translation>日期错误</translation>
    </message>
    <message>
        <source>unknown segment</source>
        <translation>未知细分群体</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>无回答</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>line %1, column %2 (%3): %4: &quot;%5&quot;</source>
        <translation>第 %1 行，第 %2 列（%3）：%4：“%5”</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>导入失败：%1</translation>
    </message>
    <message>
        <source>%1 was already imported (same content): nothing added.</source>
        <translation>%1 已导入过（内容相同）：未添加任何内容。</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was added.</source>
        <translation>导入已取消：未添加任何内容。</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>读取行数：%1</translation>
    </message>
    <message>
        <source>Rows that would be imported: %1</source>
        <translation>将导入的行数：%1</translation>
    </message>
    <message>
        <source>Rows imported: %1</source>
        <translation>已导入行数：%1</translation>
    </message>
    <message>
        <source>Answers: %1, comments: %2</source>
        <translation>回答：%1，评论：%2</translation>
    </message>
    <message>
        <source>Rows skipped: %1</source>
        <translation>跳过行数：%1</translation>
    </message>
    <message>
        <source>  … and %1 more</source>
        <translation>  …… 以及另外 %1 条</translation>
    </message>
</context>
<context>
    <name>cjm::SurveyImportWizard</name>
    <message>
        <source>Import Survey Data</source>
        <translation>导入调查数据</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Choose the survey export</source>
        <translation>选择调查问卷导出文件</translation>
    </message>
    <message>
        <source>A CSV file from Qualtrics, SurveyMonkey, Google Forms or a spreadsheet. Nothing changes in the project until the last step.</source>
        <translation>来自 Qualtrics、SurveyMonkey、Google Forms 或电子表格的 CSV 文件。在最后一步之前，项目不会有任何更改。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>布局：</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>分隔符：</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>列：</translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation>映射列</translation>
    </message>
    <message>
        <source>What each column holds: the respondent, the date, the segment (mapped to personas), scores with their metric and what they rate, comments. Columns set to “Ignore” are not imported.</source>
        <translation>每列包含的内容：受访者、日期、细分群体（映射到用户画像）、带指标及评价对象的分数、评论。设为“忽略”的列不会被导入。</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>About</source>
        <translation>评价对象</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>检查各行</translation>
    </message>
    <message>
        <source>A dry run over the whole file: nothing has been written yet. Import the valid rows, or go back and change the mapping.</source>
        <translation>对整个文件的试运行：尚未写入任何内容。请导入有效的行，或返回修改映射。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Survey exports (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>调查问卷导出文件 (*.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Read as you chose. Check the column names below.</source>
        <translation>已按您的选择读取。请检查下面的列名。</translation>
    </message>
    <message>
        <source>⚠ The encoding is not clear from the file. Choose the one whose column names below read correctly.</source>
        <translation>⚠ 无法从文件中明确判断编码。请选择使下面列名显示正确的编码。</translation>
    </message>
    <message>
        <source>Detected (confidence %1 %).</source>
        <translation>已检测（置信度 %1%）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Using the mapping stored for these columns (“%1”).</source>
        <translation>使用为这些列保存的映射（“%1”）。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Respondent id</source>
        <translation>受访者 ID</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>细分群体</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>NPS (0–10)</source>
        <translation>NPS（0–10）</translation>
    </message>
    <message>
        <source>CSAT (1–5)</source>
        <translation>CSAT（1–5）</translation>
    </message>
    <message>
        <source>CES (1–7)</source>
        <translation>CES（1–7）</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Journey: %1</source>
        <translation>旅程：%1</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>阶段：%1</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>无法导入该文件：%1</translation>
    </message>
    <message>
        <source>This file was imported before: importing it again adds nothing.</source>
        <translation>此文件之前已导入：再次导入不会添加任何内容。</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>读取行数：%1</translation>
    </message>
    <message>
        <source>Rows to import: %1 (%2 answers, %3 comments)</source>
        <translation>要导入的行数：%1（%2 条回答，%3 条评论）</translation>
    </message>
    <message>
        <source>Rows skipped: %1</source>
        <translation>跳过行数：%1</translation>
    </message>
    <message>
        <source>No row can be imported: go back and check the mapping.</source>
        <translation>没有可导入的行：请返回检查映射。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>whole row</source>
        <translation>整行</translation>
    </message>
    <message>
        <source>Import cancelled: the project is unchanged.</source>
        <translation>导入已取消：项目未更改。</translation>
    </message>
    <message>
        <source>The import failed and the project is unchanged: %1</source>
        <translation>导入失败，项目未更改：%1</translation>
    </message>
    <message>
        <source>This file was imported before: nothing was added.</source>
        <translation>此文件之前已导入：未添加任何内容。</translation>
    </message>
    <message>
        <source>Imported %1 rows (%2 answers, %3 comments); %4 rows skipped. Undo removes the whole import.</source>
        <translation>已导入 %1 行（%2 条回答，%3 条评论）；跳过 %4 行。撤销将移除整个导入。</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-16 (little endian)</source>
        <translation>UTF-16（小端序）</translation>
    </message>
    <message>
        <source>UTF-16 (big endian)</source>
        <translation>UTF-16（大端序）</translation>
    </message>
    <message>
        <source>GB18030 (Chinese)</source>
        <translation>GB18030（中文）</translation>
    </message>
    <message>
        <source>Qualtrics export (%1 header rows)</source>
        <translation>Qualtrics 导出文件（%1 个标题行）</translation>
    </message>
    <message>
        <source>SurveyMonkey export (question and answer option rows)</source>
        <translation>SurveyMonkey 导出文件（问题行和答案选项行）</translation>
    </message>
    <message>
        <source>Google Forms responses (first column: timestamp)</source>
        <translation>Google Forms 回复（第一列：时间戳）</translation>
    </message>
    <message>
        <source>Generic CSV (one header row)</source>
        <translation>通用 CSV（一个标题行）</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Segment value</source>
        <translation>细分值</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>用户画像</translation>
    </message>
    <message>
        <source>Proposed mapping:</source>
        <translation>建议的映射：</translation>
    </message>
    <message>
        <source>New persona “%1”</source>
        <translation>新用户画像“%1”</translation>
    </message>
    <message>
        <source>Skip these rows</source>
        <translation>跳过这些行</translation>
    </message>
</context>
<context>
    <name>cjm::SurveyImportWriter</name>
    <message>
        <source>cannot write the survey data: %1</source>
        <translation>无法写入调查数据：%1</translation>
    </message>
    <message>
        <source>the project database is not open</source>
        <translation>项目数据库未打开</translation>
    </message>
    <message>
        <source>cannot store the mapping: %1</source>
        <translation>无法保存映射：%1</translation>
    </message>
</context>
<context>
    <name>cjm::SurveyImporter</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>stored mapping</source>
        <translation>已保存的映射</translation>
    </message>
    <message>
        <source>the mapping was made for an export with other columns</source>
        <translation>该映射是为列不同的导出文件创建的</translation>
    </message>
    <message>
        <source>the project is read-only</source>
        <translation>项目为只读</translation>
    </message>
    <message>
        <source>Import survey %1</source>
        <translation>导入调查问卷 %1</translation>
    </message>
</context>
<context>
    <name>cjm::SurveyLayoutDetector</name>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>文件为空：没有标题行。</translation>
    </message>
</context>
<context>
    <name>cjm::SurveyMapping</name>
    <message>
        <source>%1: column %2: unknown metric kind &quot;%3&quot;</source>
        <translation>%1：第 %2 列：未知指标类型“%3”</translation>
    </message>
    <message>
        <source>%1: column %2: unknown scope &quot;%3&quot;</source>
        <translation>%1：第 %2 列：未知范围“%3”</translation>
    </message>
    <message>
        <source>%1: column %2: no %3 &quot;%4&quot; in the project</source>
        <translation>%1：第 %2 列：项目中没有%3“%4”</translation>
    </message>
    <message>
        <source>%1: the mapping has no &quot;columns&quot;</source>
        <translation>%1：映射中没有“columns”</translation>
    </message>
    <message>
        <source>%1: a column has no valid &quot;index&quot;</source>
        <translation>%1：某列没有有效的“index”</translation>
    </message>
    <message>
        <source>%1: column %2: unknown role &quot;%3&quot;</source>
        <translation>%1：第 %2 列：未知角色“%3”</translation>
    </message>
    <message>
        <source>%1: column %2: no touchpoint &quot;%3&quot; in the project</source>
        <translation>%1：第 %2 列：项目中没有触点“%3”</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>the mapping names %1, but the file has %2 columns</source>
        <translation>映射指定了 %1，但文件只有 %2 列</translation>
    </message>
    <message>
        <source>the mapping names %1 twice</source>
        <translation>映射两次指定了 %1</translation>
    </message>
    <message>
        <source>%1: the scale %2–%3 makes no sense</source>
        <translation>%1：量表 %2–%3 无意义</translation>
    </message>
    <message>
        <source>%1: no metric chosen</source>
        <translation>%1：未选择指标</translation>
    </message>
    <message>
        <source>%1: no stage or touchpoint chosen</source>
        <translation>%1：未选择阶段或触点</translation>
    </message>
    <message>
        <source>the mapping has more than one respondent id, date or segment column</source>
        <translation>映射中有多个受访者 ID 列、日期列或细分群体列</translation>
    </message>
    <message>
        <source>the mapping has no score or comment column</source>
        <translation>映射中没有分数列或评论列</translation>
    </message>
</context>
<context>
    <name>cjm::SurveyMeasurements</name>
    <message>
        <source>Could not read the survey figures: %1</source>
        <translation>无法读取调查数据：%1</translation>
    </message>
</context>
<context>
    <name>cjm::SurveyMetricsQuery</name>
    <message>
        <source>cannot read the survey figures: %1</source>
        <translation>无法读取调查数据：%1</translation>
    </message>
    <message>
        <source>No segment</source>
        <translation>无细分群体</translation>
    </message>
</context>
<context>
    <name>cjm::T</name>
    <message>
        <source>%1: missing</source>
        <translation>%1：缺失</translation>
    </message>
</context>
<context>
    <name>cjm::TitleBlock</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Journey: %1</source>
        <translation>旅程：%1</translation>
    </message>
    <message>
        <source>Personas: %1</source>
        <translation>用户画像：%1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>情绪</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
</context>
<context>
    <name>cjm::TouchpointScoreChart</name>
    <message>
        <source>CES per touchpoint against target</source>
        <translation>各触点 CES 与目标值对比</translation>
    </message>
    <message>
        <source>CSAT per touchpoint against target</source>
        <translation>各触点 CSAT 与目标值对比</translation>
    </message>
    <message>
        <source>CES mean</source>
        <translation>CES 平均值</translation>
    </message>
    <message>
        <source>CSAT (top-two-box %)</source>
        <translation>CSAT（前两项占比 %）</translation>
    </message>
    <message>
        <source>Small sample</source>
        <translation>样本量小</translation>
    </message>
    <message>
        <source>No survey answers for this journey yet. Import survey data (File ▸ Import Survey Data…) to see scores per touchpoint.</source>
        <translation>此旅程尚无调查问卷回答。请导入调查数据（文件 ▸ 导入调查数据…）以查看各触点的分数。</translation>
    </message>
    <message>
        <source>No CES answers about a touchpoint. Scope a CES column to a touchpoint when importing survey data.</source>
        <translation>没有关于触点的 CES 回答。导入调查数据时，请将 CES 列的范围设为某个触点。</translation>
    </message>
    <message>
        <source>No CSAT answers about a touchpoint. Scope a CSAT column to a touchpoint when importing survey data.</source>
        <translation>没有关于触点的 CSAT 回答。导入调查数据时，请将 CSAT 列的范围设为某个触点。</translation>
    </message>
    <message>
        <source>Mean effort score (higher is easier)</source>
        <translation>平均费力度分数（越高越容易）</translation>
    </message>
    <message>
        <source>Satisfied or very satisfied (%)</source>
        <translation>满意或非常满意（%）</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>目标值 %1</translation>
    </message>
    <message>
        <source>hatched bars: touchpoints with fewer than %1 answers</source>
        <translation>斜线条形：回答少于 %1 条的触点</translation>
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
        <translation>%1 %2 未关联到 %3 %4</translation>
    </message>
    <message>
        <source>Remove persona from journey</source>
        <translation>从旅程中移除用户画像</translation>
    </message>
    <message>
        <source>Remove image from touchpoint</source>
        <translation>从触点中移除图片</translation>
    </message>
    <message>
        <source>Unlink opportunity from pain point</source>
        <translation>取消机会与痛点的关联</translation>
    </message>
    <message>
        <source>Unlink opportunity from touchpoint</source>
        <translation>取消机会与触点的关联</translation>
    </message>
    <message>
        <source>Unlink insight from touchpoint</source>
        <translation>取消洞察与触点的关联</translation>
    </message>
    <message>
        <source>Unlink insight from pain point</source>
        <translation>取消洞察与痛点的关联</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>取消关联</translation>
    </message>
</context>
<context>
    <name>cjm::WorkingCopy</name>
    <message>
        <source>the working copy is in use</source>
        <translation>工作副本正在使用中</translation>
    </message>
    <message>
        <source>cannot delete %1</source>
        <translation>无法删除 %1</translation>
    </message>
    <message>
        <source>cannot lock the working copy in %1</source>
        <translation>无法锁定 %1 中的工作副本</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>cannot copy %1 into the working folder</source>
        <translation>无法将 %1 复制到工作文件夹</translation>
    </message>
    <message>
        <source>cannot write the new project</source>
        <translation>无法写入新项目</translation>
    </message>
    <message>
        <source>the working copy is in use by another process</source>
        <translation>工作副本正被另一个进程使用</translation>
    </message>
    <message>
        <source>cannot start writing to the working copy</source>
        <translation>无法开始写入工作副本</translation>
    </message>
    <message>
        <source>cannot commit to the working copy</source>
        <translation>无法将更改提交到工作副本</translation>
    </message>
</context>
<context>
    <name>cjm::XlsxWorkbookWriter</name>
    <message>
        <source>%1: cannot create the workbook</source>
        <translation>%1：无法创建工作簿</translation>
    </message>
    <message>
        <source>%1: cannot write the workbook: %2</source>
        <translation>%1：无法写入工作簿：%2</translation>
    </message>
    <message>
        <source>%1: cannot replace the file</source>
        <translation>%1：无法替换文件</translation>
    </message>
</context>
</TS>
