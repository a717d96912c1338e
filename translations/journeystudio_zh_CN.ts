<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <translation>用法：%1 COMMAND FILE [OPTIONS]

命令：
  new FILE [--name NAME] [--force]
      创建一个空的项目文件。已有文件会保留，除非指定 --force。
  info FILE [--json]
      显示项目的内容：各类条目的数量，以及每个旅程中的数量。
  validate FILE
      将项目文件视为不受信任的输入进行检查；输出“有效”或发现的问题。
  recover FILE [--list | --discard | -o OUT [--force]]
      将意外结束的会话中未保存的工作恢复到 FILE（或 OUT）中；
      --list 列出遗留的工作副本，--discard 删除这些副本。
  generate FILE --journeys N --stages N --touchpoints N [--seed S] [--name NAME]
           [--force]
      生成一个合成项目；--touchpoints 指定每个旅程的触点数，
      这些触点平均分布到该旅程的各个阶段。

选项：
  -h, --help     显示此帮助。
  --version      显示版本信息。

退出状态：0 完成，1 没有可恢复的内容，2 文件无效、被拒绝或操作失败，
64 用法错误。
</translation>
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
    <name>cjm::SurveyLayoutDetector</name>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>文件为空：没有标题行。</translation>
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
</TS>
