-- SPDX-License-Identifier: GPL-3.0-or-later
-- Journey Studio 内置示例项目（简体中文）。
-- 星河电信——家庭千兆宽带：现状旅程与目标旅程。
-- 星河电信及文中所有企业、人物和数据均为虚构。
--
-- 仅含数据：scripts/build-samples.sh 先建立表结构（core/storage/schema/v1.sql），
-- 再在同一个事务中执行本脚本，生成 broadband-zh.cjm。
-- 枚举取值见 core/model/enums.h，注释中注明其含义。

-- Project --------------------------------------------------------------------
INSERT INTO project (id, name, description, locale, created, modified) VALUES (
  'b2010000-0000-4000-8000-000000000001',
  '星河电信——家庭千兆宽带客户旅程',
  '星河电信家庭宽带业务的客户旅程图：从了解、比较选购、下单办理、上门装机、日常使用、报障维修到合约到期续约。现状旅程依据2025年的用户访谈、投诉工单、NPS调查和装维运营数据整理，其中报障热线由外包呼叫中心华信客服承接，上门装维由合作装维公司通达网络工程完成。目标旅程是2026年体验改善项目的设计蓝图。',
  'zh_CN', '2026-03-02T09:00:00.000Z', '2026-03-20T10:15:32.000Z');

-- Personas -------------------------------------------------------------------
-- Persona 0: 陈静
INSERT INTO persona (id, position, name, role, tier, share_percent, value_per_customer,
                     goals, needs, frustrations, quote, color, photo_id) VALUES (
  'b2020000-0000-4000-8000-000000000001', 0, '陈静',
  '居家办公的设计工作室主理人（VIP客户）',
  0 /* VIP */, 8, 3600,
  '随时向客户传输大文件，上行带宽要稳定
视频会议不卡顿、不掉线
出现故障时4小时内恢复',
  '专属服务通道，一次说清楚就有人负责到底
故障时有明确的修复时间
全屋Wi-Fi覆盖（FTTR）',
  '报障后反复被问同样的问题
装维师傅迟到且不提前通知
合约到期后自动转为高价套餐',
  '“断网一小时，我就可能丢掉一个客户。”',
  '#b07aa1', NULL);

-- Persona 1: 王磊
INSERT INTO persona (id, position, name, role, tier, share_percent, value_per_customer,
                     goals, needs, frustrations, quote, color, photo_id) VALUES (
  'b2020000-0000-4000-8000-000000000002', 1, '王磊',
  '上班族，三口之家的家长',
  2 /* standard */, 65, 1188,
  '孩子上网课、全家看电视不卡
花钱明明白白，不被多收费
遇到问题能在APP里自己解决',
  '简单易懂的套餐对比
装机当天一次完成
在APP里自己测网速、改Wi-Fi密码',
  '营业厅推销的附加业务太多
热线排队时间长
晚上高峰期网速明显变慢',
  '“我就想要一个稳定、不折腾、价格透明的宽带。”',
  '#4e79a7', NULL);

-- ============================================================================
-- Journey 0 (as-is): 家庭千兆宽带——现状旅程（2025）
-- ============================================================================
INSERT INTO journey (id, position, name, scenario, state, as_is_journey_id, owner, status, tags) VALUES (
  'b2030000-0000-4000-8000-000000000001', 0,
  '家庭千兆宽带——现状旅程（2025）',
  '王磊一家搬进新房，需要办理家庭宽带：他在短视频和业主群里了解千兆宽带，在APP对比套餐后下单，经历了预约等待、端口不足和上门装机；使用中遇到晚高峰卡顿和突发断网，通过外包呼叫中心报障并多次催单；一年后合约到期，面对“老用户更贵”的续约价格。',
  0 /* as-is */, NULL,
  '家庭客户事业部 · 客户体验管理中心', 1 /* researched */,
  '["家庭宽带","千兆","现状","外包服务"]');

INSERT INTO journey_persona (journey_id, persona_id, position) VALUES
  ('b2030000-0000-4000-8000-000000000001', 'b2020000-0000-4000-8000-000000000001', 0),
  ('b2030000-0000-4000-8000-000000000001', 'b2020000-0000-4000-8000-000000000002', 1);

-- Lanes: one per built-in kind, plus a user-defined text lane.
INSERT INTO lane (id, journey_id, position, kind, title, visible) VALUES
  ('b2040000-0000-4000-8000-000000000001', 'b2030000-0000-4000-8000-000000000001',  0,  0 /* stage headers */, '', 1),
  ('b2040000-0000-4000-8000-000000000002', 'b2030000-0000-4000-8000-000000000001',  1,  1 /* touchpoints */, '', 1),
  ('b2040000-0000-4000-8000-000000000003', 'b2030000-0000-4000-8000-000000000001',  2,  7 /* channels */, '', 1),
  ('b2040000-0000-4000-8000-000000000004', 'b2030000-0000-4000-8000-000000000001',  3,  2 /* customer actions */, '', 1),
  ('b2040000-0000-4000-8000-000000000005', 'b2030000-0000-4000-8000-000000000001',  4,  3 /* thoughts */, '', 1),
  ('b2040000-0000-4000-8000-000000000006', 'b2030000-0000-4000-8000-000000000001',  5,  4 /* emotion */, '', 1),
  ('b2040000-0000-4000-8000-000000000007', 'b2030000-0000-4000-8000-000000000001',  6,  5 /* pain points */, '', 1),
  ('b2040000-0000-4000-8000-000000000008', 'b2030000-0000-4000-8000-000000000001',  7,  6 /* opportunities */, '', 1),
  ('b2040000-0000-4000-8000-000000000009', 'b2030000-0000-4000-8000-000000000001',  8,  8 /* backstage */, '', 1),
  ('b2040000-0000-4000-8000-00000000000a', 'b2030000-0000-4000-8000-000000000001',  9, 11 /* text */, '合规提示', 1),
  ('b2040000-0000-4000-8000-00000000000b', 'b2030000-0000-4000-8000-000000000001', 10,  9 /* metrics */, '', 1),
  ('b2040000-0000-4000-8000-00000000000c', 'b2030000-0000-4000-8000-000000000001', 11, 10 /* insights */, '', 1);

-- Stage 0: 了解 ----------------------------------------------------------------
INSERT INTO stage (id, journey_id, position, name, customer_goal, color, notes) VALUES (
  'b2050000-0000-4000-8000-000000000001', 'b2030000-0000-4000-8000-000000000001', 0,
  '了解',
  '知道有哪些宽带可选，我家小区能不能装千兆',
  '#dbe9f6',
  '请大家先判断：这些触点里哪些是我们能直接掌控的？邻居口碑和社区代理商的说法，往往在客户联系我们之前就已经形成了预期。');

-- 了解 / 0: 刷到短视频平台上的千兆宽带广告
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'b2060000-0000-4000-8000-000000000001', 'b2050000-0000-4000-8000-000000000001', 0,
  '刷到短视频平台上的千兆宽带广告',
  '短视频广告：“千兆宽带每月99元起，送全屋Wi-Fi”，投放给近期有搬家、装修标签的用户。',
  5 /* social */, 2 /* digital */,
  '市场部 · 新媒体运营', 0,
  '看完广告，点进评论区看其他人的评价。',
  '99元起？“起”字后面到底要多少钱？',
  '心动，略带怀疑',
  1, NULL, 1 /* partly data-backed */, 0,
  '广告由代理公司按月更新素材；按小区覆盖清单定向投放，但覆盖清单每季度才更新一次。');

-- 了解 / 1: 在小区地推摊位咨询
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'b2060000-0000-4000-8000-000000000002', 'b2050000-0000-4000-8000-000000000001', 1,
  '在小区地推摊位咨询',
  '新小区交房期间，代理商在物业门口摆摊，现场登记意向并承诺“三天内装好”。',
  8 /* in person */, 0 /* human */,
  '社区代理商 · 安居通讯服务部', 1,
  '留下手机号和房号，拿了一张宣传单。',
  '说三天能装好，真的吗？',
  '半信半疑',
  0, NULL, 0 /* assumption */, 0,
  '代理商按装机量拿佣金，登记信息通过代理商系统每天汇总一次，与自有渠道订单不互通。');

-- 了解 / 2: 在业主群里打听口碑
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'b2060000-0000-4000-8000-000000000003', 'b2050000-0000-4000-8000-000000000001', 2,
  '在业主群里打听口碑',
  '业主微信群里有人说“晚上打游戏延迟高”“报修要等好几天”。',
  5 /* social */, 2 /* digital */,
  '品牌与公共关系部', 0,
  '在群里提问，看邻居们的回复。',
  '网速虚标？报修慢？要不要换一家？',
  '犹豫，有点担心',
  -1, NULL, 1 /* partly data-backed */, 0,
  '品牌部只监测公开社交平台，业主群等私域讨论无法覆盖，负面口碑往往最晚被发现。');

-- 了解 / 3: 在官网查询小区是否已覆盖光纤
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'b2060000-0000-4000-8000-000000000004', 'b2050000-0000-4000-8000-000000000001', 3,
  '在官网查询小区是否已覆盖光纤',
  '官网“宽带覆盖查询”只能精确到街道，输入详细地址后提示“请咨询当地营业厅”。',
  0 /* web */, 2 /* digital */,
  '数字渠道部', 0,
  '输入三次不同写法的地址，结果都一样。',
  '查了等于没查，还得跑一趟营业厅。',
  '失望',
  0, 1, 2 /* research-based */, 0,
  '官网查询调用的是地址库的简化版本，不含楼栋和分光器端口信息；资源系统的实时数据未开放给官网。');

-- Stage 1: 比较选购 --------------------------------------------------------------
INSERT INTO stage (id, journey_id, position, name, customer_goal, color, notes) VALUES (
  'b2050000-0000-4000-8000-000000000002', 'b2030000-0000-4000-8000-000000000001', 1,
  '比较选购',
  '选到适合全家、价格透明的套餐，不被多收费',
  '#e3f1e0',
  '客户在这里决定“是否信任我们”。请对比：同一个问题，APP、在线客服、营业厅和外呼给出的答案是否一致？');

-- 比较选购 / 0: 在APP里对比宽带套餐
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'b2060000-0000-4000-8000-000000000005', 'b2050000-0000-4000-8000-000000000002', 0,
  '在APP里对比宽带套餐',
  'APP列出11个家庭套餐（单宽带、融合套餐、FTTR套餐），合约期、违约金和调测费在二级页面。',
  1 /* app */, 2 /* digital */,
  '数字渠道部', 0,
  '在几个套餐之间来回切换，截图发给家人商量。',
  '融合套餐里到底包含什么？合约期满以后多少钱？',
  '困惑，有点烦',
  -1, 1, 2 /* research-based */, 0,
  '套餐页面由各产品线分别维护，资费说明文字需要经过资费管理部门审核，修改周期约两周。');

-- 比较选购 / 1: 在线客服咨询资费
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'b2060000-0000-4000-8000-000000000006', 'b2050000-0000-4000-8000-000000000002', 1,
  '在线客服咨询资费',
  '智能客服先推送三篇通用文章，连续三次未识别意图后才转人工，高峰期人工排队约8分钟。',
  4 /* chat */, 2 /* digital */,
  '客户服务中心 · 在线客服', 0,
  '问“合约期内搬家怎么办”。',
  '机器人答非所问，我只想问一个简单的问题。',
  '不耐烦',
  -1, NULL, 2 /* research-based */, 0,
  '智能客服的知识库以存量用户的账单、故障问题为主，售前问题覆盖不足；人工坐席与热线共用排班。');

-- 比较选购 / 2: 到营业厅当面咨询
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'b2060000-0000-4000-8000-000000000007', 'b2050000-0000-4000-8000-000000000002', 2,
  '到营业厅当面咨询',
  '营业员推荐199元的融合套餐，并建议加办副卡、视频会员等附加业务。',
  6 /* store */, 1 /* physical */,
  '营业厅（自有渠道）', 0,
  '拿着两份报价单回家比较。',
  '我只想装个宽带，怎么推荐了一堆东西？',
  '被推销，有压力',
  0, NULL, 1 /* partly data-backed */, 0,
  '营业厅考核包含融合率、附加业务办理量等指标；营业员无法查询具体楼栋的端口资源。');

-- 比较选购 / 3: 接到宽带升级外呼营销电话
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'b2060000-0000-4000-8000-000000000008', 'b2050000-0000-4000-8000-000000000002', 3,
  '接到宽带升级外呼营销电话',
  '客户刚在APP浏览过套餐，当天就接到营销电话，对方不知道客户已经在比较套餐。',
  2 /* phone */, 0 /* human */,
  '电话营销中心', 0,
  '听了两分钟后挂断。',
  '我的浏览记录怎么马上就被拿来推销了？',
  '反感',
  -1, NULL, 1 /* partly data-backed */, 0,
  '外呼名单每日由营销模型生成，未与APP浏览行为及客户偏好设置打通，也未排除近期已咨询的客户。');

-- Stage 2: 下单办理 --------------------------------------------------------------
INSERT INTO stage (id, journey_id, position, name, customer_goal, color, notes) VALUES (
  'b2050000-0000-4000-8000-000000000003', 'b2030000-0000-4000-8000-000000000001', 2,
  '下单办理',
  '尽快下单，清楚知道什么时候能装好',
  '#fdebd3',
  '下单之后的“沉默期”是第一个低谷：客户不知道订单到了哪一步，只能打电话催。');

-- 下单办理 / 0: 在APP下单千兆宽带套餐
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'b2060000-0000-4000-8000-000000000009', 'b2050000-0000-4000-8000-000000000003', 0,
  '在APP下单千兆宽带套餐',
  '选择套餐、填写安装地址并在线支付初装费，全程约5分钟。',
  1 /* app */, 2 /* digital */,
  '数字渠道部', 0,
  '选了99元的单宽带千兆套餐，付款成功。',
  '挺快的，终于搞定了。',
  '轻松',
  1, NULL, 2 /* research-based */, 0,
  '订单进入业务支撑系统后，需经过资源预判、实名校验、派单三个环节，均为批量处理。');

-- 下单办理 / 1: 上传身份证完成实名登记
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'b2060000-0000-4000-8000-00000000000a', 'b2050000-0000-4000-8000-000000000003', 1,
  '上传身份证完成实名登记',
  '需拍摄身份证正反面并进行人脸识别；光线不好时识别失败率较高，失败三次须到营业厅办理。',
  1 /* app */, 2 /* digital */,
  '渠道运营部 · 实名制管理', 0,
  '在阳台上反复拍了四次才通过。',
  '又是拍照又是刷脸，就不能简单点吗？',
  '烦躁',
  -1, 1, 2 /* research-based */, 0,
  '人脸比对由第三方认证服务完成；失败原因只返回“比对不通过”，APP无法给出具体提示。');

-- 下单办理 / 2: 收到订单受理短信
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'b2060000-0000-4000-8000-00000000000b', 'b2050000-0000-4000-8000-000000000003', 2,
  '收到订单受理短信',
  '短信内容：“您的宽带订单已受理，请保持电话畅通”，没有预计上门时间。',
  10 /* other */, 2 /* digital */,
  '业务支撑中心', 0,
  '看完短信，等待电话。',
  '到底哪天能装？我得请假等师傅。',
  '不确定',
  0, NULL, 1 /* partly data-backed */, 0,
  '短信模板由业务支撑中心统一配置，所有宽带订单共用，不含预约信息。');

-- 下单办理 / 3: 等待装维师傅电话预约
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'b2060000-0000-4000-8000-00000000000c', 'b2050000-0000-4000-8000-000000000003', 3,
  '等待装维师傅电话预约',
  '下单后平均28小时才接到预约电话，部分订单超过48小时无人联系。',
  2 /* phone */, 0 /* human */,
  '合作装维公司 · 通达网络工程', 1,
  '两天没接到电话，打热线催单。',
  '是不是订单丢了？',
  '焦虑',
  -1, 1, 2 /* research-based */, 0,
  '订单同步到装维公司派单系统存在4–24小时延迟；装维公司按片区人工分单，无统一预约看板。');

-- 下单办理 / 4: 被告知端口资源不足需要等待
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'b2060000-0000-4000-8000-00000000000d', 'b2050000-0000-4000-8000-000000000003', 4,
  '被告知端口资源不足需要等待',
  '装维师傅电话告知小区分光器端口已满，需要扩容，预计等待5–7天。',
  2 /* phone */, 0 /* human */,
  '网络运维部 · 资源管理', 0,
  '追问能不能先用别的方式临时上网，得不到答复。',
  '下单时为什么不告诉我？早知道就选别家了。',
  '愤怒，被欺骗',
  -2, 0, 2 /* research-based */, 1,
  '资源系统端口数据与现网不一致，约7%的新小区订单在派单后才发现无资源；扩容需走工程审批流程。');

-- Stage 3: 上门装机 --------------------------------------------------------------
INSERT INTO stage (id, journey_id, position, name, customer_goal, color, notes) VALUES (
  'b2050000-0000-4000-8000-000000000004', 'b2030000-0000-4000-8000-000000000001', 3,
  '上门装机',
  '约定时间内一次装好，全屋都有好网络',
  '#ece3f5',
  '装机当天是最关键的“真实瞬间”：师傅代表的就是我们的品牌，无论他是否是外包人员。');

-- 上门装机 / 0: 装维师傅上门（迟到）
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'b2060000-0000-4000-8000-00000000000e', 'b2050000-0000-4000-8000-000000000004', 0,
  '装维师傅上门（迟到）',
  '预约上午9–12点，师傅12点40分才到，途中没有提前联系客户。',
  8 /* in person */, 0 /* human */,
  '合作装维公司 · 通达网络工程', 1,
  '请了半天假在家等，中途打电话问师傅到哪了。',
  '我的时间就不是时间吗？',
  '不满',
  -1, 1, 2 /* research-based */, 0,
  '每位装维人员日均排6–8单，路线由个人安排；系统无实时定位和到达提醒功能。');

-- 上门装机 / 1: 入户布线与光猫安装
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'b2060000-0000-4000-8000-00000000000f', 'b2050000-0000-4000-8000-000000000004', 1,
  '入户布线与光猫安装',
  '需要在墙上打孔并走明线，光猫只能放在弱电箱附近。',
  8 /* in person */, 1 /* physical */,
  '合作装维公司 · 通达网络工程', 1,
  '和师傅商量线路走向，要求尽量隐蔽。',
  '刚装修好的墙，走明线太难看了。',
  '勉强接受',
  0, NULL, 1 /* partly data-backed */, 0,
  '隐蔽布线需额外收费且未在下单时告知；装维标准中对布线美观没有明确要求。');

-- 上门装机 / 2: 设置Wi-Fi与全屋覆盖
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'b2060000-0000-4000-8000-000000000010', 'b2050000-0000-4000-8000-000000000004', 2,
  '设置Wi-Fi与全屋覆盖',
  '卧室和书房信号弱，师傅推荐加装FTTR，每月多20元。',
  8 /* in person */, 0 /* human */,
  '合作装维公司 · 通达网络工程', 1,
  '当场没决定，说考虑一下。',
  '早知道要加钱，下单时就该说清楚。',
  '犹豫',
  0, NULL, 1 /* partly data-backed */, 0,
  '装维人员办理FTTR有提成；户型与覆盖方案没有在下单环节评估。');

-- 上门装机 / 3: 现场测速并签字验收
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'b2060000-0000-4000-8000-000000000011', 'b2050000-0000-4000-8000-000000000004', 3,
  '现场测速并签字验收',
  '师傅用手机APP测速，有线测速940Mbps，无线测速约500Mbps，并讲解了光猫指示灯。',
  8 /* in person */, 0 /* human */,
  '合作装维公司 · 通达网络工程', 1,
  '看着测速结果签字确认。',
  '速度还不错，总算能用了。',
  '满意',
  1, NULL, 2 /* research-based */, 1,
  '测速结果上传至装维系统作为竣工依据；客户未收到测速报告。');

-- 上门装机 / 4: 收到装机满意度回访短信
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'b2060000-0000-4000-8000-000000000012', 'b2050000-0000-4000-8000-000000000004', 4,
  '收到装机满意度回访短信',
  '装机后2小时收到短信调查；离开前师傅叮嘱“一定要打10分”。',
  10 /* other */, 2 /* digital */,
  '客户体验管理中心', 0,
  '按师傅的要求回复了10分。',
  '不打满分，师傅是不是会被罚？',
  '有压力',
  0, NULL, 2 /* research-based */, 0,
  '装机满意度与装维公司结算挂钩，低于9分扣款；回访对象为全量用户，调查时间固定。');

-- Stage 4: 日常使用 --------------------------------------------------------------
INSERT INTO stage (id, journey_id, position, name, customer_goal, color, notes) VALUES (
  'b2050000-0000-4000-8000-000000000005', 'b2030000-0000-4000-8000-000000000001', 4,
  '日常使用',
  '全家上网、上网课、看电视都稳定，费用清清楚楚',
  '#e0f2f1',
  '使用阶段大部分时间“无感”，客户只在账单和网速异常时才会想起我们。');

-- 日常使用 / 0: 收到首月电子账单
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'b2060000-0000-4000-8000-000000000013', 'b2050000-0000-4000-8000-000000000005', 0,
  '收到首月电子账单',
  '首月账单包含按天折算的月费和100元调测费，金额与下单时页面显示不一致。',
  3 /* email */, 2 /* digital */,
  '计费结算中心', 0,
  '对着订单截图逐项核对。',
  '怎么多出来100元？下单时根本没看到。',
  '被多收费的感觉',
  -1, 1, 1 /* partly data-backed */, 0,
  '调测费在套餐说明的第三屏小字中列出；电子账单由计费系统月结批量生成。');

-- 日常使用 / 1: 晚高峰网速明显变慢
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'b2060000-0000-4000-8000-000000000014', 'b2050000-0000-4000-8000-000000000005', 1,
  '晚高峰网速明显变慢',
  '每晚8–10点视频卡顿、游戏延迟升高，白天测速正常。',
  10 /* other */, 2 /* digital */,
  '网络运维部', 0,
  '把路由器重启了好几次。',
  '说好的千兆呢？晚上连高清视频都卡。',
  '失望',
  -1, 1, 2 /* research-based */, 0,
  '所在小区上联带宽利用率晚高峰超过85%，扩容排在下一季度计划中。');

-- 日常使用 / 2: 在APP自助测速、重启光猫
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'b2060000-0000-4000-8000-000000000015', 'b2050000-0000-4000-8000-000000000005', 2,
  '在APP自助测速、重启光猫',
  'APP“网络诊断”可以测速和远程重启光猫，但诊断结论只有“网络正常”。',
  9 /* self-service */, 2 /* digital */,
  '智慧家庭平台部', 0,
  '测了三次速度，截图保存。',
  '网络正常？那为什么这么卡？',
  '无奈',
  0, NULL, 1 /* partly data-backed */, 0,
  '诊断只检测光猫到局端的连通性，无法判断小区出口拥塞和家庭Wi-Fi干扰。');

-- 日常使用 / 3: 在APP修改Wi-Fi密码、管理孩子上网时间
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'b2060000-0000-4000-8000-000000000016', 'b2050000-0000-4000-8000-000000000005', 3,
  '在APP修改Wi-Fi密码、管理孩子上网时间',
  'APP可以查看连接设备、设置孩子平板的上网时段。',
  1 /* app */, 2 /* digital */,
  '智慧家庭平台部', 0,
  '给孩子的平板设置了晚上9点后断网。',
  '这个功能真不错。',
  '满意',
  1, NULL, 1 /* partly data-backed */, 0,
  '光猫管理功能依赖终端型号，约15%的老型号光猫不支持。');

-- 日常使用 / 4: 开通IPTV观看球赛直播
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'b2060000-0000-4000-8000-000000000017', 'b2050000-0000-4000-8000-000000000005', 4,
  '开通IPTV观看球赛直播',
  '融合套餐赠送IPTV，周末全家一起看球赛直播，画面清晰。',
  10 /* other */, 1 /* physical */,
  '智慧家庭产品部', 0,
  '用遥控器切换到体育频道。',
  '这个值了。',
  '愉快',
  2, NULL, 0 /* assumption */, 0,
  'IPTV走独立组播通道，不受晚高峰上网拥塞影响。');

-- Stage 5: 报障维修 --------------------------------------------------------------
INSERT INTO stage (id, journey_id, position, name, customer_goal, color, notes) VALUES (
  'b2050000-0000-4000-8000-000000000006', 'b2030000-0000-4000-8000-000000000001', 5,
  '报障维修',
  '断网时快速恢复，不用反复解释、不用一次次催',
  '#fbe0e0',
  '整个旅程的最低谷。报障热线由外包呼叫中心承接，上门维修由合作装维公司完成：外包服务要像自有服务一样管理。请邀请供应商管理负责人参加这一段的讨论。');

-- 报障维修 / 0: 突然断网，光猫红灯闪烁
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'b2060000-0000-4000-8000-000000000018', 'b2050000-0000-4000-8000-000000000006', 0,
  '突然断网，光猫红灯闪烁',
  '周一晚上突然断网，光猫LOS灯红色闪烁；客户第二天有重要的线上会议。',
  10 /* other */, 1 /* physical */,
  '网络运维部', 0,
  '重启光猫、拔插光纤，都没有用。',
  '明天的会怎么办？',
  '着急，无助',
  -2, 1, 2 /* research-based */, 0,
  '光缆中断告警已在网管系统产生，但告警不会关联到受影响用户，也不会主动通知用户。');

-- 报障维修 / 1: 拨打客服热线，语音导航（IVR）
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'b2060000-0000-4000-8000-000000000019', 'b2050000-0000-4000-8000-000000000006', 1,
  '拨打客服热线，语音导航（IVR）',
  '语音菜单共四层，需输入宽带账号；“宽带故障”在第三层。',
  9 /* self-service */, 2 /* digital */,
  '客户服务中心 · 热线平台', 0,
  '连续按0想转人工，被提示“请按菜单选择”。',
  '能不能直接让我跟人说话！',
  '恼火',
  -1, NULL, 2 /* research-based */, 0,
  'IVR按业务类型将报障来电路由至外包呼叫中心；已输入的账号信息不随来电传递给坐席。');

-- 报障维修 / 2: 热线人工坐席受理报障（外包呼叫中心）
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'b2060000-0000-4000-8000-00000000001a', 'b2050000-0000-4000-8000-000000000006', 2,
  '热线人工坐席受理报障（外包呼叫中心）',
  '排队16分钟后接通外包坐席；坐席看不到此前的报障记录，重新核实身份、询问光猫型号，最后只能告知“已派单，24小时内联系您”。',
  2 /* phone */, 0 /* human */,
  '外包呼叫中心 · 华信客服', 1,
  '第三次解释故障现象，要求尽快上门。',
  '上次报修的记录呢？为什么每次都要从头讲？',
  '愤怒，没人在乎',
  -2, 1, 2 /* research-based */, 1,
  '华信客服自2024年起承接宽带报障热线，合同考核接通率和平均处理时长，不考核一次解决率；坐席通过受限权限访问工单系统，无法查看历史工单和网络告警。');

-- 报障维修 / 3: 收到派单短信，等待维修
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'b2060000-0000-4000-8000-00000000001b', 'b2050000-0000-4000-8000-000000000006', 3,
  '收到派单短信，等待维修',
  '短信告知工单编号和“24小时内上门”，没有具体时段。',
  10 /* other */, 2 /* digital */,
  '网络运维部 · 故障调度中心', 0,
  '把第二天的会议改成了手机热点参加。',
  '24小时？我的会怎么办？',
  '焦虑',
  -1, NULL, 1 /* partly data-backed */, 0,
  '故障工单按区域派给合作装维公司，调度中心无法看到装维人员实时位置。');

-- 报障维修 / 4: 维修超时，再次拨打热线催单
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'b2060000-0000-4000-8000-00000000001c', 'b2050000-0000-4000-8000-000000000006', 4,
  '维修超时，再次拨打热线催单',
  '超过约定时间仍无人联系；再次拨打热线，外包坐席只能“加急催办”，无法给出上门时间。',
  2 /* phone */, 0 /* human */,
  '外包呼叫中心 · 华信客服', 1,
  '语气激动地要求投诉。',
  '我已经打了三次电话了！',
  '愤怒',
  -2, NULL, 2 /* research-based */, 0,
  '催单在系统中只是给原工单加一条备注，不触发升级；超时工单无自动预警。');

-- 报障维修 / 5: 在社交媒体投诉
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'b2060000-0000-4000-8000-00000000001d', 'b2050000-0000-4000-8000-000000000006', 5,
  '在社交媒体投诉',
  '在微博发帖“断网两天没人管”并@官方账号；官方账号1小时内回复并私信跟进。',
  5 /* social */, 2 /* digital */,
  '品牌与公共关系部', 0,
  '发帖、截图、@官方。',
  '公开说了才有人理。',
  '失望透顶',
  -2, NULL, 1 /* partly data-backed */, 0,
  '社交媒体团队可以创建加急工单，但看不到外包呼叫中心的通话记录。');

-- 报障维修 / 6: 维修师傅上门更换光猫，恢复上网
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'b2060000-0000-4000-8000-00000000001e', 'b2050000-0000-4000-8000-000000000006', 6,
  '维修师傅上门更换光猫，恢复上网',
  '故障第三天，师傅上门更换光猫并重新熔接光纤，网络恢复。',
  8 /* in person */, 0 /* human */,
  '合作装维公司 · 通达网络工程', 1,
  '测速确认后签字。',
  '总算好了，可这三天怎么算？',
  '松了一口气，但不满',
  1, 2, 2 /* research-based */, 0,
  '维修工单闭环后自动触发回访；备件光猫由装维公司自行备货。');

-- 报障维修 / 7: 申请断网补偿
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'b2060000-0000-4000-8000-00000000001f', 'b2050000-0000-4000-8000-000000000006', 7,
  '申请断网补偿',
  '客户需主动通过在线客服申请，审核后按天折算减免月费，约需5个工作日。',
  4 /* chat */, 2 /* digital */,
  '客户服务中心 · 在线客服', 0,
  '在线客服里提交申请，上传工单编号截图。',
  '是你们的问题，为什么还要我自己申请？',
  '不被尊重',
  -1, NULL, 1 /* partly data-backed */, 0,
  '补偿规则要求用户申请并人工审核；故障时长数据在工单系统中已有记录。');

-- Stage 6: 续约 ----------------------------------------------------------------
INSERT INTO stage (id, journey_id, position, name, customer_goal, color, notes) VALUES (
  'b2050000-0000-4000-8000-000000000007', 'b2030000-0000-4000-8000-000000000001', 6,
  '续约',
  '合约到期时得到公平的价格，不被“杀熟”',
  '#fff4cc',
  '续约的关键不是挽留话术，而是老用户是否觉得被公平对待。');

-- 续约 / 0: 收到合约到期提醒短信
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'b2060000-0000-4000-8000-000000000020', 'b2050000-0000-4000-8000-000000000007', 0,
  '收到合约到期提醒短信',
  '到期前15天收到短信：“合约到期后将自动续约为标准资费199元/月”。',
  10 /* other */, 2 /* digital */,
  '家庭客户事业部 · 存量经营', 0,
  '看到价格翻倍，开始查其他运营商的新用户优惠。',
  '新用户99，老用户199，凭什么？',
  '不公平，被“杀熟”',
  -1, 2, 2 /* research-based */, 1,
  '到期提醒为统一模板；个性化续约方案只在挽留专席可见。');

-- 续约 / 1: 去营业厅咨询续约
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'b2060000-0000-4000-8000-000000000021', 'b2050000-0000-4000-8000-000000000007', 1,
  '去营业厅咨询续约',
  '营业员表示老用户只能续原价套餐，新用户优惠不适用。',
  6 /* store */, 1 /* physical */,
  '营业厅（自有渠道）', 0,
  '追问是否有其他优惠，未得到答复。',
  '那我销户再新装不就行了？',
  '无奈',
  0, NULL, 1 /* partly data-backed */, 0,
  '营业厅系统看不到挽留专席的续约方案库。');

-- 续约 / 2: 表示要拆机，被转到挽留专席
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'b2060000-0000-4000-8000-000000000022', 'b2050000-0000-4000-8000-000000000007', 2,
  '表示要拆机，被转到挽留专席',
  '客户在热线中提出拆机，转入挽留专席后获得“续约两年每月109元”的方案。',
  2 /* phone */, 0 /* human */,
  '客户服务中心 · 挽留专席', 0,
  '接受了优惠方案。',
  '非得说要拆机才给优惠，真累。',
  '矛盾，勉强满意',
  0, NULL, 2 /* research-based */, 0,
  '挽留方案由专席按权限发放，未主动提供给不联系客服的用户。');

-- 续约 / 3: 在APP确认续约
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'b2060000-0000-4000-8000-000000000023', 'b2050000-0000-4000-8000-000000000007', 3,
  '在APP确认续约',
  '在APP确认续约方案，电子协议即时生效。',
  1 /* app */, 2 /* digital */,
  '数字渠道部', 0,
  '阅读电子协议并确认。',
  '总算办好了。',
  '平静',
  1, NULL, 1 /* partly data-backed */, 0,
  '续约协议由业务支撑系统生成；续约成功后触发积分赠送。');

-- 续约 / 4: 续约礼品快递到家
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'b2060000-0000-4000-8000-000000000024', 'b2050000-0000-4000-8000-000000000007', 4,
  '续约礼品快递到家',
  '续约赠送的智能音箱5个工作日后快递到家。',
  7 /* mail */, 1 /* physical */,
  '会员运营部', 0,
  '签收快递，给孩子玩。',
  '还算有点诚意。',
  '小小惊喜',
  1, NULL, 0 /* assumption */, 0,
  '礼品由第三方礼品平台发货，物流信息未在APP中展示。');

-- Cells of the text lane "合规提示"
INSERT INTO lane_cell (id, lane_id, touchpoint_id, text) VALUES
  ('b2070000-0000-4000-8000-000000000001', 'b2040000-0000-4000-8000-00000000000a', 'b2060000-0000-4000-8000-000000000005',
   '资费宣传须明码标价，完整告知合约期、到期后资费和违约责任，不得以“起”价误导消费者。'),
  ('b2070000-0000-4000-8000-000000000002', 'b2040000-0000-4000-8000-00000000000a', 'b2060000-0000-4000-8000-00000000000a',
   '宽带入网须依规进行用户真实身份信息登记；身份证影像和人脸信息属于敏感个人信息，须按《个人信息保护法》取得单独同意并遵循最小必要原则。'),
  ('b2070000-0000-4000-8000-000000000003', 'b2040000-0000-4000-8000-00000000000a', 'b2060000-0000-4000-8000-00000000000e',
   '上门服务人员须佩戴工牌、主动出示证件，不得私下收取费用。'),
  ('b2070000-0000-4000-8000-000000000004', 'b2040000-0000-4000-8000-00000000000a', 'b2060000-0000-4000-8000-00000000001a',
   '外包不转移服务责任：投诉须在承诺时限内答复，客户可向电信用户申诉受理机构申诉。'),
  ('b2070000-0000-4000-8000-000000000005', 'b2040000-0000-4000-8000-00000000000a', 'b2060000-0000-4000-8000-000000000020',
   '合约到期自动续约及资费变化须提前明确告知并取得用户同意。');

-- ============================================================================
-- Journey 1 (to-be): 家庭千兆宽带——目标旅程（2026）
-- ============================================================================
INSERT INTO journey (id, position, name, scenario, state, as_is_journey_id, owner, status, tags) VALUES (
  'b2030000-0000-4000-8000-000000000002', 1,
  '家庭千兆宽带——目标旅程（2026）',
  '同样的两类客户在改进后的旅程中：下单前就知道能否安装和全部费用，下单即预约上门时段，师傅准时上门、一次装好；断网时我们先发现、先告知，外包坐席掌握完整信息一次受理，补偿自动到账；合约到期前主动提供公平的续约方案。',
  1 /* to-be */, 'b2030000-0000-4000-8000-000000000001',
  '家庭客户事业部 · 客户体验管理中心', 0 /* draft */,
  '["家庭宽带","千兆","目标","2026改善项目"]');

INSERT INTO journey_persona (journey_id, persona_id, position) VALUES
  ('b2030000-0000-4000-8000-000000000002', 'b2020000-0000-4000-8000-000000000001', 0),
  ('b2030000-0000-4000-8000-000000000002', 'b2020000-0000-4000-8000-000000000002', 1);

-- Lanes: one per built-in kind, plus a user-defined text lane.
INSERT INTO lane (id, journey_id, position, kind, title, visible) VALUES
  ('b2040000-0000-4000-8000-00000000000d', 'b2030000-0000-4000-8000-000000000002',  0,  0 /* stage headers */, '', 1),
  ('b2040000-0000-4000-8000-00000000000e', 'b2030000-0000-4000-8000-000000000002',  1,  1 /* touchpoints */, '', 1),
  ('b2040000-0000-4000-8000-00000000000f', 'b2030000-0000-4000-8000-000000000002',  2,  7 /* channels */, '', 1),
  ('b2040000-0000-4000-8000-000000000010', 'b2030000-0000-4000-8000-000000000002',  3,  2 /* customer actions */, '', 1),
  ('b2040000-0000-4000-8000-000000000011', 'b2030000-0000-4000-8000-000000000002',  4,  3 /* thoughts */, '', 1),
  ('b2040000-0000-4000-8000-000000000012', 'b2030000-0000-4000-8000-000000000002',  5,  4 /* emotion */, '', 1),
  ('b2040000-0000-4000-8000-000000000013', 'b2030000-0000-4000-8000-000000000002',  6,  5 /* pain points */, '', 1),
  ('b2040000-0000-4000-8000-000000000014', 'b2030000-0000-4000-8000-000000000002',  7,  6 /* opportunities */, '', 1),
  ('b2040000-0000-4000-8000-000000000015', 'b2030000-0000-4000-8000-000000000002',  8,  8 /* backstage */, '', 1),
  ('b2040000-0000-4000-8000-000000000016', 'b2030000-0000-4000-8000-000000000002',  9, 11 /* text */, '合规提示', 1),
  ('b2040000-0000-4000-8000-000000000017', 'b2030000-0000-4000-8000-000000000002', 10,  9 /* metrics */, '', 1),
  ('b2040000-0000-4000-8000-000000000018', 'b2030000-0000-4000-8000-000000000002', 11, 10 /* insights */, '', 1);

-- Stage 0: 了解与选购 -------------------------------------------------------------
INSERT INTO stage (id, journey_id, position, name, customer_goal, color, notes) VALUES (
  'b2050000-0000-4000-8000-000000000008', 'b2030000-0000-4000-8000-000000000002', 0,
  '了解与选购',
  '一分钟内知道我家能装什么、总共要花多少钱',
  '#dbe9f6',
  '目标：客户在下单前就能说出月费、合约期和可能产生的额外费用。');

-- 了解与选购 / 0: 输入地址即时查看可装速率和最早上门时间
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'b2060000-0000-4000-8000-000000000025', 'b2050000-0000-4000-8000-000000000008', 0,
  '输入地址即时查看可装速率和最早上门时间',
  '官网和APP精确到楼栋查询覆盖，显示可办速率、端口是否充足和最早可预约日期。',
  0 /* web */, 2 /* digital */,
  '数字渠道部', 0,
  '输入新家地址，看到“千兆可装，最早周六上门”。',
  '一目了然，不用跑营业厅了。',
  '放心',
  1, NULL, 0 /* assumption */, 0,
  '官网直接调用资源系统的实时端口数据；端口紧张的小区自动提示并触发扩容预警。');

-- 了解与选购 / 1: 一屏对比套餐总价、合约期和违约金
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'b2060000-0000-4000-8000-000000000026', 'b2050000-0000-4000-8000-000000000008', 1,
  '一屏对比套餐总价、合约期和违约金',
  '每个套餐以“首年总费用”“到期后价格”“违约金”三项统一展示，附加费用全部列明。',
  1 /* app */, 2 /* digital */,
  '数字渠道部', 0,
  '和家人一起选定套餐。',
  '价格清清楚楚，没有隐藏费用。',
  '信任',
  1, NULL, 1 /* partly data-backed */, 0,
  '资费信息由资费管理平台统一输出，APP、营业厅和客服使用同一数据源。');

-- 了解与选购 / 2: 营业厅顾问按家庭需求推荐
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'b2060000-0000-4000-8000-000000000027', 'b2050000-0000-4000-8000-000000000008', 2,
  '营业厅顾问按家庭需求推荐',
  '顾问根据户型、人数和使用习惯推荐方案，可现场演示FTTR覆盖效果。',
  6 /* store */, 0 /* human */,
  '营业厅（自有渠道）', 0,
  '在营业厅体验区试用了全屋Wi-Fi。',
  '推荐的正是我需要的，不是最贵的。',
  '被尊重',
  1, NULL, 0 /* assumption */, 0,
  '营业厅考核改为客户满意度与续约率，取消附加业务硬性指标。');

-- Stage 1: 下单预约 --------------------------------------------------------------
INSERT INTO stage (id, journey_id, position, name, customer_goal, color, notes) VALUES (
  'b2050000-0000-4000-8000-000000000009', 'b2030000-0000-4000-8000-000000000002', 1,
  '下单预约',
  '下单时就约好上门时间',
  '#fdebd3',
  '设计原则：客户永远知道订单进展到哪一步，不需要打电话问。');

-- 下单预约 / 0: APP下单并自选上门时段
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'b2060000-0000-4000-8000-000000000028', 'b2050000-0000-4000-8000-000000000009', 0,
  'APP下单并自选上门时段',
  '下单时直接选择上门日期和2小时时段，确认前再次展示全部费用。',
  1 /* app */, 2 /* digital */,
  '数字渠道部', 0,
  '选择周六上午9–11点。',
  '终于不用干等电话了。',
  '安心',
  2, NULL, 0 /* assumption */, 1,
  '订单实时同步至装维公司派单系统，按可用工时开放预约时段。');

-- 下单预约 / 1: 实名认证失败时一键转视频客服
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'b2060000-0000-4000-8000-000000000029', 'b2050000-0000-4000-8000-000000000009', 1,
  '实名认证失败时一键转视频客服',
  '人脸识别失败两次后，可一键发起视频客服，由人工完成核验。',
  4 /* chat */, 0 /* human */,
  '渠道运营部 · 实名制管理', 0,
  '通过视频客服两分钟完成实名。',
  '不用跑营业厅，挺好。',
  '轻松',
  1, NULL, 0 /* assumption */, 0,
  '视频核验坐席由自有团队承担，全程录像留存备查。');

-- 下单预约 / 2: 收到含上门时段和师傅信息的确认消息
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'b2060000-0000-4000-8000-00000000002a', 'b2050000-0000-4000-8000-000000000009', 2,
  '收到含上门时段和师傅信息的确认消息',
  '确认短信和APP消息包含上门时段、师傅姓名和工号、可能产生的费用。',
  10 /* other */, 2 /* digital */,
  '业务支撑中心', 0,
  '把消息转发给家人。',
  '信息很全。',
  '踏实',
  1, NULL, 1 /* partly data-backed */, 0,
  '短信模板按订单状态动态生成。');

-- Stage 2: 上门装机 --------------------------------------------------------------
INSERT INTO stage (id, journey_id, position, name, customer_goal, color, notes) VALUES (
  'b2050000-0000-4000-8000-00000000000a', 'b2030000-0000-4000-8000-000000000002', 2,
  '上门装机',
  '准时上门、一次装好、全屋覆盖',
  '#ece3f5',
  '合作装维公司的考核从“完工量”改为“准时率 + 一次成功率 + 独立回访满意度”。');

-- 上门装机 / 0: 师傅出发后实时定位与到达提醒
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'b2060000-0000-4000-8000-00000000002b', 'b2050000-0000-4000-8000-00000000000a', 0,
  '师傅出发后实时定位与到达提醒',
  '师傅出发时推送提醒，APP可查看实时位置和预计到达时间；如需改约可一键调整。',
  1 /* app */, 2 /* digital */,
  '合作装维公司 · 通达网络工程', 1,
  '看着预计到达时间安排自己的事情。',
  '不用一直守在家里。',
  '从容',
  1, NULL, 0 /* assumption */, 0,
  '装维人员手机端上报位置；迟到超过15分钟自动通知客户并向调度中心预警。');

-- 上门装机 / 1: 按标准隐蔽布线并现场出具测速报告
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'b2060000-0000-4000-8000-00000000002c', 'b2050000-0000-4000-8000-00000000000a', 1,
  '按标准隐蔽布线并现场出具测速报告',
  '按统一标准隐蔽布线，现场测速并在APP生成测速报告，讲解常见故障的自助处理方法。',
  8 /* in person */, 0 /* human */,
  '合作装维公司 · 通达网络工程', 1,
  '在APP查看测速报告并确认验收。',
  '专业、干净、靠谱。',
  '满意',
  2, NULL, 0 /* assumption */, 1,
  '隐蔽布线纳入标准服务；测速报告自动归档，供日后报障时参考。');

-- 上门装机 / 2: 收到独立随机抽样的满意度回访
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'b2060000-0000-4000-8000-00000000002d', 'b2050000-0000-4000-8000-00000000000a', 2,
  '收到独立随机抽样的满意度回访',
  '回访由客户体验管理中心随机抽样发送，装维人员无法提前知道被访对象。',
  10 /* other */, 2 /* digital */,
  '客户体验管理中心', 0,
  '如实打了9分，并写下建议。',
  '这次是真心话。',
  '坦然',
  1, NULL, 0 /* assumption */, 0,
  '回访结果不再直接与单个装维人员的收入挂钩，而是用于装维公司的季度评估。');

-- Stage 3: 日常使用 --------------------------------------------------------------
INSERT INTO stage (id, journey_id, position, name, customer_goal, color, notes) VALUES (
  'b2050000-0000-4000-8000-00000000000b', 'b2030000-0000-4000-8000-000000000002', 3,
  '日常使用',
  '网络稳定，账单与下单时一致',
  '#e0f2f1',
  '用网络侧数据主动发现问题，而不是等客户抱怨。');

-- 日常使用 / 0: APP智能诊断晚高峰网速并给出建议
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'b2060000-0000-4000-8000-00000000002e', 'b2050000-0000-4000-8000-00000000000b', 0,
  'APP智能诊断晚高峰网速并给出建议',
  '诊断区分“家庭Wi-Fi问题”和“小区出口拥塞”，并告知扩容计划或给出Wi-Fi优化建议。',
  9 /* self-service */, 2 /* digital */,
  '智慧家庭平台部', 0,
  '按提示把路由器换到5G频段。',
  '原来是这样，问题说得很明白。',
  '被理解',
  1, NULL, 0 /* assumption */, 0,
  '诊断接入小区上联带宽利用率和光猫Wi-Fi信道数据。');

-- 日常使用 / 1: 首月账单与下单报价一致并附费用说明
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'b2060000-0000-4000-8000-00000000002f', 'b2050000-0000-4000-8000-00000000000b', 1,
  '首月账单与下单报价一致并附费用说明',
  '电子账单逐项列出月费折算方式，金额与下单确认时完全一致。',
  3 /* email */, 2 /* digital */,
  '计费结算中心', 0,
  '快速看一眼账单。',
  '跟当初说的一样。',
  '放心',
  1, NULL, 1 /* partly data-backed */, 0,
  '下单报价与计费规则同源校验，不一致时在出账前拦截。');

-- Stage 4: 报障维修 --------------------------------------------------------------
INSERT INTO stage (id, journey_id, position, name, customer_goal, color, notes) VALUES (
  'b2050000-0000-4000-8000-00000000000c', 'b2030000-0000-4000-8000-000000000002', 4,
  '报障维修',
  '断网时我们先知道，客户只需说一次',
  '#fbe0e0',
  '外包呼叫中心继续承接热线，但合同改为考核一次解决率，坐席获得与自有员工相同的信息和权限。');

-- 报障维修 / 0: 网络侧发现断网并主动推送告知
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'b2060000-0000-4000-8000-000000000030', 'b2050000-0000-4000-8000-00000000000c', 0,
  '网络侧发现断网并主动推送告知',
  '光缆中断后10分钟内，受影响用户收到APP推送和短信：故障原因、预计恢复时间。',
  1 /* app */, 2 /* digital */,
  '网络运维部', 0,
  '看到通知，知道不是自家设备的问题。',
  '他们已经知道了，那我就等着吧。',
  '理解',
  0, NULL, 0 /* assumption */, 1,
  '网管告警与用户资源关系自动关联，批量生成故障通知。');

-- 报障维修 / 1: 热线外包坐席看到完整历史，一次受理
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'b2060000-0000-4000-8000-000000000031', 'b2050000-0000-4000-8000-00000000000c', 1,
  '热线外包坐席看到完整历史，一次受理',
  '来电自动识别宽带账号，坐席可查看历史工单、网络告警和测速报告，当场预约维修时段。',
  2 /* phone */, 0 /* human */,
  '外包呼叫中心 · 华信客服', 1,
  '只说了一遍情况，就约好了上门时间。',
  '终于不用从头再讲一遍了。',
  '被重视',
  1, NULL, 0 /* assumption */, 0,
  '华信客服合同考核改为一次解决率和客户费力度；坐席使用统一工单视图，与社交媒体团队共享记录。');

-- 报障维修 / 2: 维修进度实时推送，超时自动升级
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'b2060000-0000-4000-8000-000000000032', 'b2050000-0000-4000-8000-00000000000c', 2,
  '维修进度实时推送，超时自动升级',
  'APP展示维修进度和师傅位置；超过承诺时间自动升级到值班经理并通知客户。',
  1 /* app */, 2 /* digital */,
  '网络运维部 · 故障调度中心', 0,
  '看一眼进度就放心了。',
  '不用再打电话催了。',
  '平静',
  1, NULL, 0 /* assumption */, 0,
  '超时规则由调度中心配置，升级记录纳入装维公司月度考核。');

-- 报障维修 / 3: 断网补偿自动到账
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'b2060000-0000-4000-8000-000000000033', 'b2050000-0000-4000-8000-00000000000c', 3,
  '断网补偿自动到账',
  '故障超过24小时自动按天减免月费，并在APP消息中说明补偿金额。',
  1 /* app */, 2 /* digital */,
  '计费结算中心', 0,
  '看到补偿通知。',
  '没想到会主动补偿，挺有诚意。',
  '惊喜',
  2, NULL, 0 /* assumption */, 0,
  '按工单故障时长自动计算补偿，无需客户申请。');

-- Stage 5: 续约 ----------------------------------------------------------------
INSERT INTO stage (id, journey_id, position, name, customer_goal, color, notes) VALUES (
  'b2050000-0000-4000-8000-00000000000d', 'b2030000-0000-4000-8000-000000000002', 5,
  '续约',
  '老用户不吃亏，续约一键完成',
  '#fff4cc',
  '以“老用户同享新用户价”为原则，用主动的个性化方案取代“威胁拆机才给优惠”。');

-- 续约 / 0: 到期前60天收到个性化续约方案
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'b2060000-0000-4000-8000-000000000034', 'b2050000-0000-4000-8000-00000000000d', 0,
  '到期前60天收到个性化续约方案',
  'APP推送两到三个续约方案，价格不高于同档新用户优惠，并附一年使用回顾。',
  1 /* app */, 2 /* digital */,
  '家庭客户事业部 · 存量经营', 0,
  '和家人商量后选定一个方案。',
  '老用户也被当回事了。',
  '被珍惜',
  2, NULL, 0 /* assumption */, 1,
  '续约方案库向APP、营业厅、热线统一开放。');

-- 续约 / 1: APP一键续约
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'b2060000-0000-4000-8000-000000000035', 'b2050000-0000-4000-8000-00000000000d', 1,
  'APP一键续约',
  '一键确认续约，电子协议即时生效，礼品物流信息可在APP查看。',
  1 /* app */, 2 /* digital */,
  '数字渠道部', 0,
  '点击确认。',
  '简单。',
  '满意',
  1, NULL, 0 /* assumption */, 0,
  '续约与礼品发货状态打通。');

-- Cells of the text lane "合规提示"
INSERT INTO lane_cell (id, lane_id, touchpoint_id, text) VALUES
  ('b2070000-0000-4000-8000-000000000006', 'b2040000-0000-4000-8000-000000000016', 'b2060000-0000-4000-8000-000000000026',
   '展示的首年总费用须包含全部必收费用，与计费规则保持一致。'),
  ('b2070000-0000-4000-8000-000000000007', 'b2040000-0000-4000-8000-000000000016', 'b2060000-0000-4000-8000-000000000029',
   '视频核验录像属于个人信息，须明确保存期限并限制访问权限。'),
  ('b2070000-0000-4000-8000-000000000008', 'b2040000-0000-4000-8000-000000000016', 'b2060000-0000-4000-8000-00000000002b',
   '实时定位仅在服务期间使用，须告知客户并在工单结束后停止展示。'),
  ('b2070000-0000-4000-8000-000000000009', 'b2040000-0000-4000-8000-000000000016', 'b2060000-0000-4000-8000-000000000031',
   '外包坐席查看客户历史信息须按最小必要原则授权，并纳入供应商审计。');

-- Pain points ----------------------------------------------------------------
-- 官网无法查询具体地址的覆盖情况
INSERT INTO pain_point (id, stage_id, touchpoint_id, position, title, description, category,
                        severity, likelihood, customers_affected, handling, handling_notes, votes) VALUES (
  'b2080000-0000-4000-8000-000000000001', 'b2050000-0000-4000-8000-000000000001', 'b2060000-0000-4000-8000-000000000004', 0,
  '官网无法查询具体地址的覆盖情况',
  '覆盖查询只精确到街道，客户无法在线确认自家楼栋能否安装千兆，只能去营业厅或打电话。',
  3 /* platform */, 2, 4, 30, 4 /* investigate */,
  '数字渠道部与网络运维部评估开放资源系统实时接口。', 2);

-- 套餐资费与合约条款不透明
INSERT INTO pain_point (id, stage_id, touchpoint_id, position, title, description, category,
                        severity, likelihood, customers_affected, handling, handling_notes, votes) VALUES (
  'b2080000-0000-4000-8000-000000000002', 'b2050000-0000-4000-8000-000000000002', 'b2060000-0000-4000-8000-000000000005', 0,
  '套餐资费与合约条款不透明',
  '套餐数量多、名称相近，合约期、到期后价格、违约金和调测费分散在二级页面，客户难以比较总价。',
  0 /* product */, 3, 4, 48, 20 /* investigate, prevent recurrence */,
  '正在设计统一的“首年总费用”展示规范，需资费管理部门审核。', 5);

-- 营业厅过度推销附加业务
INSERT INTO pain_point (id, stage_id, touchpoint_id, position, title, description, category,
                        severity, likelihood, customers_affected, handling, handling_notes, votes) VALUES (
  'b2080000-0000-4000-8000-000000000003', 'b2050000-0000-4000-8000-000000000002', 'b2060000-0000-4000-8000-000000000007', 0,
  '营业厅过度推销附加业务',
  '营业员受融合率和附加业务指标驱动，客户只想办宽带却被推荐高价套餐和副卡。',
  2 /* people */, 3, 3, 30, 4 /* investigate */,
  '渠道管理部正在复核营业厅考核指标。', 3);

-- 人脸识别实名认证失败率高
INSERT INTO pain_point (id, stage_id, touchpoint_id, position, title, description, category,
                        severity, likelihood, customers_affected, handling, handling_notes, votes) VALUES (
  'b2080000-0000-4000-8000-000000000004', 'b2050000-0000-4000-8000-000000000003', 'b2060000-0000-4000-8000-00000000000a', 0,
  '人脸识别实名认证失败率高',
  '光线、证件老旧等原因导致识别失败，失败三次须到营业厅办理，约14%的线上订单受影响。',
  3 /* platform */, 2, 3, 14, 5 /* contain, investigate */,
  '已增加拍摄引导提示（控制影响）；正在分析失败原因分布。', 1);

-- 下单后长时间无人联系预约
INSERT INTO pain_point (id, stage_id, touchpoint_id, position, title, description, category,
                        severity, likelihood, customers_affected, handling, handling_notes, votes) VALUES (
  'b2080000-0000-4000-8000-000000000005', 'b2050000-0000-4000-8000-000000000003', 'b2060000-0000-4000-8000-00000000000c', 0,
  '下单后长时间无人联系预约',
  '订单同步延迟加上人工分单，平均28小时才接到预约电话，期间客户不知道订单状态。',
  1 /* service process */, 4, 4, 35, 30 /* contact customer, investigate, remedy, prevent recurrence */,
  '超过24小时未预约的订单由客服主动致电；根因为订单同步延迟与人工分单；下单即预约方案开发中。', 7);

-- 端口资源不足在下单后才告知
INSERT INTO pain_point (id, stage_id, touchpoint_id, position, title, description, category,
                        severity, likelihood, customers_affected, handling, handling_notes, votes) VALUES (
  'b2080000-0000-4000-8000-000000000006', 'b2050000-0000-4000-8000-000000000003', 'b2060000-0000-4000-8000-00000000000d', 0,
  '端口资源不足在下单后才告知',
  '资源系统数据与现网不一致，约7%的新小区订单在派单后才发现无端口，需等待扩容5–7天。',
  3 /* platform */, 4, 2, 7, 31 /* contain, contact customer, investigate, remedy, prevent recurrence */,
  '已对受影响客户逐一回访并赠送一个月月费；开展端口数据稽核；下单前实时校验资源。', 6);

-- 装维人员迟到且未提前通知
INSERT INTO pain_point (id, stage_id, touchpoint_id, position, title, description, category,
                        severity, likelihood, customers_affected, handling, handling_notes, votes) VALUES (
  'b2080000-0000-4000-8000-000000000007', 'b2050000-0000-4000-8000-000000000004', 'b2060000-0000-4000-8000-00000000000e', 0,
  '装维人员迟到且未提前通知',
  '陪同观察中12户有7户迟到超过30分钟，仅2户提前电话告知；客户为此请假等待。',
  2 /* people */, 3, 3, 22, 20 /* investigate, prevent recurrence */,
  '与通达网络工程共同分析排单方式，计划上线实时定位与到达提醒。', 4);

-- 装维人员诱导满分评价
INSERT INTO pain_point (id, stage_id, touchpoint_id, position, title, description, category,
                        severity, likelihood, customers_affected, handling, handling_notes, votes) VALUES (
  'b2080000-0000-4000-8000-000000000008', 'b2050000-0000-4000-8000-000000000004', 'b2060000-0000-4000-8000-000000000012', 0,
  '装维人员诱导满分评价',
  '回访满意度与结算挂钩，装维人员要求客户打满分，导致满意度数据失真，无法反映真实问题。',
  2 /* people */, 3, 4, 40, 4 /* investigate */,
  '客户体验管理中心正在比对回访数据与NPS、投诉数据的差异。', 5);

-- 首月账单费用与宣传不一致
INSERT INTO pain_point (id, stage_id, touchpoint_id, position, title, description, category,
                        severity, likelihood, customers_affected, handling, handling_notes, votes) VALUES (
  'b2080000-0000-4000-8000-000000000009', 'b2050000-0000-4000-8000-000000000005', 'b2060000-0000-4000-8000-000000000013', 0,
  '首月账单费用与宣传不一致',
  '100元调测费和按天折算方式未在下单确认页明示，客户收到账单后认为被多收费。',
  0 /* product */, 3, 3, 25, 10 /* contact customer, remedy */,
  '对投诉客户退还调测费；下单确认页文案修改中。', 3);

-- 晚高峰网速明显下降
INSERT INTO pain_point (id, stage_id, touchpoint_id, position, title, description, category,
                        severity, likelihood, customers_affected, handling, handling_notes, votes) VALUES (
  'b2080000-0000-4000-8000-00000000000a', 'b2050000-0000-4000-8000-000000000005', 'b2060000-0000-4000-8000-000000000014', 0,
  '晚高峰网速明显下降',
  '部分小区上联带宽晚高峰利用率超过85%，客户感知“千兆不千兆”。',
  0 /* product */, 3, 3, 18, 12 /* investigate, remedy */,
  '已将12个高负荷小区列入下季度扩容计划。', 4);

-- 外包坐席看不到历史工单，反复询问
INSERT INTO pain_point (id, stage_id, touchpoint_id, position, title, description, category,
                        severity, likelihood, customers_affected, handling, handling_notes, votes) VALUES (
  'b2080000-0000-4000-8000-00000000000b', 'b2050000-0000-4000-8000-000000000006', 'b2060000-0000-4000-8000-00000000001a', 0,
  '外包坐席看不到历史工单，反复询问',
  '华信客服坐席权限受限，无法查看历史报障和网络告警，客户每次来电都要从头说明。',
  2 /* people */, 4, 4, 16, 31 /* contain, contact customer, investigate, remedy, prevent recurrence */,
  '已开放历史工单只读权限（控制影响）；对一周内重复来电客户安排回访；根因分析已与华信客服完成；统一工单视图上线后纳入合同考核，防止再次发生。', 8);

-- 热线高峰期排队超过15分钟
INSERT INTO pain_point (id, stage_id, touchpoint_id, position, title, description, category,
                        severity, likelihood, customers_affected, handling, handling_notes, votes) VALUES (
  'b2080000-0000-4000-8000-00000000000c', 'b2050000-0000-4000-8000-000000000006', 'b2060000-0000-4000-8000-00000000001a', 1,
  '热线高峰期排队超过15分钟',
  '外包坐席人员流失率高，晚间高峰排队时长最高达16.5分钟。',
  1 /* service process */, 4, 4, 16, 5 /* contain, investigate */,
  '高峰时段由自有坐席分流；排班方案与供应商管理部共同复核。', 5);

-- 维修超时无主动告知和升级
INSERT INTO pain_point (id, stage_id, touchpoint_id, position, title, description, category,
                        severity, likelihood, customers_affected, handling, handling_notes, votes) VALUES (
  'b2080000-0000-4000-8000-00000000000d', 'b2050000-0000-4000-8000-000000000006', 'b2060000-0000-4000-8000-00000000001c', 0,
  '维修超时无主动告知和升级',
  '超过承诺时间的维修工单没有自动预警，客户催单只会增加一条备注。',
  1 /* service process */, 5, 3, 9, 20 /* investigate, prevent recurrence */,
  '故障调度中心正在设计超时自动升级规则。', 6);

-- 断网补偿需客户主动申请
INSERT INTO pain_point (id, stage_id, touchpoint_id, position, title, description, category,
                        severity, likelihood, customers_affected, handling, handling_notes, votes) VALUES (
  'b2080000-0000-4000-8000-00000000000e', 'b2050000-0000-4000-8000-000000000006', 'b2060000-0000-4000-8000-00000000001f', 0,
  '断网补偿需客户主动申请',
  '故障时长已有记录，但补偿需要客户申请并等待人工审核约5个工作日。',
  4 /* brand */, 2, 5, 9, 0 /* no plan yet */,
  '', 3);

-- 合约到期后自动转为高价套餐
INSERT INTO pain_point (id, stage_id, touchpoint_id, position, title, description, category,
                        severity, likelihood, customers_affected, handling, handling_notes, votes) VALUES (
  'b2080000-0000-4000-8000-00000000000f', 'b2050000-0000-4000-8000-000000000007', 'b2060000-0000-4000-8000-000000000020', 0,
  '合约到期后自动转为高价套餐',
  '到期提醒只告知将转为199元标准资费，而同档新用户只需99元，老用户感觉被“杀熟”。',
  4 /* brand */, 4, 4, 55, 4 /* investigate */,
  '存量经营团队正在测算“老用户同享新用户价”的收入影响。', 9);

-- 老用户须“威胁拆机”才能获得优惠
INSERT INTO pain_point (id, stage_id, touchpoint_id, position, title, description, category,
                        severity, likelihood, customers_affected, handling, handling_notes, votes) VALUES (
  'b2080000-0000-4000-8000-000000000010', 'b2050000-0000-4000-8000-000000000007', 'b2060000-0000-4000-8000-000000000022', 0,
  '老用户须“威胁拆机”才能获得优惠',
  '续约优惠只在挽留专席可见，营业厅和APP无法提供，助长了“不闹不给”的印象。',
  4 /* brand */, 4, 3, 20, 4 /* investigate */,
  '评估将续约方案库开放给所有渠道。', 4);

-- Opportunities --------------------------------------------------------------
-- 下单即预约：APP内自选上门时段
INSERT INTO opportunity (id, stage_id, touchpoint_id, position, title, description, owner,
                         status, impact, effort, due_date, expected_change, votes) VALUES (
  'b2090000-0000-4000-8000-000000000001', 'b2050000-0000-4000-8000-000000000003', 'b2060000-0000-4000-8000-00000000000c', 0,
  '下单即预约：APP内自选上门时段',
  '订单实时同步至装维派单系统，客户下单时直接选择上门日期和2小时时段。',
  '数字渠道部、合作装维公司 · 通达网络工程',
  2 /* in progress */, 5, 3, '2026-06-30',
  '预约等待时长从28小时降至0；催单来电减少50%', 7);

-- 下单前实时校验端口资源
INSERT INTO opportunity (id, stage_id, touchpoint_id, position, title, description, owner,
                         status, impact, effort, due_date, expected_change, votes) VALUES (
  'b2090000-0000-4000-8000-000000000002', 'b2050000-0000-4000-8000-000000000003', 'b2060000-0000-4000-8000-00000000000d', 0,
  '下单前实时校验端口资源',
  '官网和APP查询覆盖时调用资源系统实时数据，端口不足时提前告知并触发扩容。',
  '网络运维部 · 资源管理',
  1 /* planned */, 4, 4, '2026-09-30',
  '派单后发现无资源的订单比例从7%降至1%以下', 6);

-- 装维人员实时定位与到达提醒
INSERT INTO opportunity (id, stage_id, touchpoint_id, position, title, description, owner,
                         status, impact, effort, due_date, expected_change, votes) VALUES (
  'b2090000-0000-4000-8000-000000000003', 'b2050000-0000-4000-8000-000000000004', 'b2060000-0000-4000-8000-00000000000e', 0,
  '装维人员实时定位与到达提醒',
  '师傅出发时推送提醒，客户可查看预计到达时间；迟到超过15分钟自动通知客户并预警。',
  '合作装维公司 · 通达网络工程',
  1 /* planned */, 4, 2, '2026-05-31',
  '准时上门率从58%提升至90%', 4);

-- 满意度回访改为独立随机抽样
INSERT INTO opportunity (id, stage_id, touchpoint_id, position, title, description, owner,
                         status, impact, effort, due_date, expected_change, votes) VALUES (
  'b2090000-0000-4000-8000-000000000004', 'b2050000-0000-4000-8000-000000000004', 'b2060000-0000-4000-8000-000000000012', 0,
  '满意度回访改为独立随机抽样',
  '由客户体验管理中心随机抽样回访，结果不再与单个装维人员收入直接挂钩，用于季度评估。',
  '客户体验管理中心',
  3 /* done */, 3, 1, '2026-02-28',
  '回访满意度与NPS的背离缩小；真实问题暴露率提升', 5);

-- 套餐对比页一屏展示总价、合约期与违约金
INSERT INTO opportunity (id, stage_id, touchpoint_id, position, title, description, owner,
                         status, impact, effort, due_date, expected_change, votes) VALUES (
  'b2090000-0000-4000-8000-000000000005', 'b2050000-0000-4000-8000-000000000002', 'b2060000-0000-4000-8000-000000000005', 0,
  '套餐对比页一屏展示总价、合约期与违约金',
  '统一以“首年总费用”“到期后价格”“违约金”展示所有套餐，调测费等附加费用在确认页明示。',
  '数字渠道部、资费管理部',
  2 /* in progress */, 4, 2, '2026-04-30',
  '账单类投诉减少40%；售前咨询量减少20%', 5);

-- 外包坐席接入统一工单视图与客户历史
INSERT INTO opportunity (id, stage_id, touchpoint_id, position, title, description, owner,
                         status, impact, effort, due_date, expected_change, votes) VALUES (
  'b2090000-0000-4000-8000-000000000006', 'b2050000-0000-4000-8000-000000000006', 'b2060000-0000-4000-8000-00000000001a', 0,
  '外包坐席接入统一工单视图与客户历史',
  '为华信客服坐席开放统一工单视图（历史工单、网络告警、测速报告），来电自动识别账号，合同考核改为一次解决率和客户费力度。',
  '供应商管理部、客户服务中心',
  2 /* in progress */, 5, 3, '2026-07-01',
  '报障一次解决率从41%提升至65%；重复来电减少35%', 9);

-- 维修进度主动推送与超时自动升级
INSERT INTO opportunity (id, stage_id, touchpoint_id, position, title, description, owner,
                         status, impact, effort, due_date, expected_change, votes) VALUES (
  'b2090000-0000-4000-8000-000000000007', 'b2050000-0000-4000-8000-000000000006', 'b2060000-0000-4000-8000-00000000001c', 0,
  '维修进度主动推送与超时自动升级',
  'APP实时展示维修进度，超过承诺时间自动升级至值班经理并通知客户。',
  '网络运维部 · 故障调度中心',
  1 /* planned */, 4, 3, '2026-08-31',
  '维修超时率从22%降至8%；催单来电减少60%', 6);

-- 断网主动告知与自动补偿
INSERT INTO opportunity (id, stage_id, touchpoint_id, position, title, description, owner,
                         status, impact, effort, due_date, expected_change, votes) VALUES (
  'b2090000-0000-4000-8000-000000000008', 'b2050000-0000-4000-8000-000000000006', 'b2060000-0000-4000-8000-000000000018', 0,
  '断网主动告知与自动补偿',
  '网管告警自动关联受影响用户，主动推送故障原因和预计恢复时间；超过24小时自动按天补偿。',
  '网络运维部、计费结算中心',
  0 /* idea */, 5, 4, '2026-12-31',
  '故障期间来电减少40%；报障环节CES提升0.5', 7);

-- 高负荷小区扩容与智能诊断
INSERT INTO opportunity (id, stage_id, touchpoint_id, position, title, description, owner,
                         status, impact, effort, due_date, expected_change, votes) VALUES (
  'b2090000-0000-4000-8000-000000000009', 'b2050000-0000-4000-8000-000000000005', 'b2060000-0000-4000-8000-000000000014', 0,
  '高负荷小区扩容与智能诊断',
  '对晚高峰利用率超过80%的小区优先扩容；APP诊断区分家庭Wi-Fi问题与出口拥塞。',
  '网络运维部、智慧家庭平台部',
  1 /* planned */, 4, 5, '2026-10-31',
  '晚高峰网速类投诉减少50%', 4);

-- 到期前60天推送个性化续约方案，老用户同享新用户价
INSERT INTO opportunity (id, stage_id, touchpoint_id, position, title, description, owner,
                         status, impact, effort, due_date, expected_change, votes) VALUES (
  'b2090000-0000-4000-8000-00000000000a', 'b2050000-0000-4000-8000-000000000007', 'b2060000-0000-4000-8000-000000000020', 0,
  '到期前60天推送个性化续约方案，老用户同享新用户价',
  '续约方案库向APP、营业厅、热线统一开放，价格不高于同档新用户优惠，并附一年使用回顾。',
  '家庭客户事业部 · 存量经营',
  0 /* idea */, 5, 3, '2026-09-01',
  '到期续约率从71%提升至82%；挽留专席来电减少30%', 8);

-- 营业厅考核去除附加业务硬性指标
INSERT INTO opportunity (id, stage_id, touchpoint_id, position, title, description, owner,
                         status, impact, effort, due_date, expected_change, votes) VALUES (
  'b2090000-0000-4000-8000-00000000000b', 'b2050000-0000-4000-8000-000000000002', 'b2060000-0000-4000-8000-000000000007', 0,
  '营业厅考核去除附加业务硬性指标',
  '以客户满意度和续约率替代附加业务办理量，营业员按家庭需求推荐方案。',
  '渠道管理部',
  0 /* idea */, 3, 2, '2026-12-31',
  '营业厅触点CSAT提升8个百分点', 3);

INSERT INTO opportunity_pain_point (opportunity_id, pain_point_id) VALUES
  ('b2090000-0000-4000-8000-000000000001', 'b2080000-0000-4000-8000-000000000005'),
  ('b2090000-0000-4000-8000-000000000002', 'b2080000-0000-4000-8000-000000000006'),
  ('b2090000-0000-4000-8000-000000000002', 'b2080000-0000-4000-8000-000000000001'),
  ('b2090000-0000-4000-8000-000000000003', 'b2080000-0000-4000-8000-000000000007'),
  ('b2090000-0000-4000-8000-000000000004', 'b2080000-0000-4000-8000-000000000008'),
  ('b2090000-0000-4000-8000-000000000005', 'b2080000-0000-4000-8000-000000000002'),
  ('b2090000-0000-4000-8000-000000000005', 'b2080000-0000-4000-8000-000000000009'),
  ('b2090000-0000-4000-8000-000000000006', 'b2080000-0000-4000-8000-00000000000b'),
  ('b2090000-0000-4000-8000-000000000006', 'b2080000-0000-4000-8000-00000000000c'),
  ('b2090000-0000-4000-8000-000000000007', 'b2080000-0000-4000-8000-00000000000d'),
  ('b2090000-0000-4000-8000-000000000008', 'b2080000-0000-4000-8000-00000000000e'),
  ('b2090000-0000-4000-8000-000000000009', 'b2080000-0000-4000-8000-00000000000a'),
  ('b2090000-0000-4000-8000-00000000000a', 'b2080000-0000-4000-8000-00000000000f'),
  ('b2090000-0000-4000-8000-00000000000a', 'b2080000-0000-4000-8000-000000000010'),
  ('b2090000-0000-4000-8000-00000000000b', 'b2080000-0000-4000-8000-000000000003');

INSERT INTO opportunity_touchpoint (opportunity_id, touchpoint_id) VALUES
  ('b2090000-0000-4000-8000-000000000001', 'b2060000-0000-4000-8000-00000000000c'),
  ('b2090000-0000-4000-8000-000000000001', 'b2060000-0000-4000-8000-00000000000b'),
  ('b2090000-0000-4000-8000-000000000001', 'b2060000-0000-4000-8000-000000000009'),
  ('b2090000-0000-4000-8000-000000000002', 'b2060000-0000-4000-8000-00000000000d'),
  ('b2090000-0000-4000-8000-000000000002', 'b2060000-0000-4000-8000-000000000004'),
  ('b2090000-0000-4000-8000-000000000003', 'b2060000-0000-4000-8000-00000000000e'),
  ('b2090000-0000-4000-8000-000000000004', 'b2060000-0000-4000-8000-000000000012'),
  ('b2090000-0000-4000-8000-000000000004', 'b2060000-0000-4000-8000-000000000011'),
  ('b2090000-0000-4000-8000-000000000005', 'b2060000-0000-4000-8000-000000000005'),
  ('b2090000-0000-4000-8000-000000000005', 'b2060000-0000-4000-8000-000000000013'),
  ('b2090000-0000-4000-8000-000000000005', 'b2060000-0000-4000-8000-000000000006'),
  ('b2090000-0000-4000-8000-000000000006', 'b2060000-0000-4000-8000-00000000001a'),
  ('b2090000-0000-4000-8000-000000000006', 'b2060000-0000-4000-8000-000000000019'),
  ('b2090000-0000-4000-8000-000000000006', 'b2060000-0000-4000-8000-00000000001c'),
  ('b2090000-0000-4000-8000-000000000007', 'b2060000-0000-4000-8000-00000000001c'),
  ('b2090000-0000-4000-8000-000000000007', 'b2060000-0000-4000-8000-00000000001b'),
  ('b2090000-0000-4000-8000-000000000007', 'b2060000-0000-4000-8000-00000000001e'),
  ('b2090000-0000-4000-8000-000000000008', 'b2060000-0000-4000-8000-000000000018'),
  ('b2090000-0000-4000-8000-000000000008', 'b2060000-0000-4000-8000-00000000001f'),
  ('b2090000-0000-4000-8000-000000000008', 'b2060000-0000-4000-8000-00000000001b'),
  ('b2090000-0000-4000-8000-000000000009', 'b2060000-0000-4000-8000-000000000014'),
  ('b2090000-0000-4000-8000-000000000009', 'b2060000-0000-4000-8000-000000000015'),
  ('b2090000-0000-4000-8000-00000000000a', 'b2060000-0000-4000-8000-000000000020'),
  ('b2090000-0000-4000-8000-00000000000a', 'b2060000-0000-4000-8000-000000000021'),
  ('b2090000-0000-4000-8000-00000000000a', 'b2060000-0000-4000-8000-000000000022'),
  ('b2090000-0000-4000-8000-00000000000b', 'b2060000-0000-4000-8000-000000000007');

-- Insights -------------------------------------------------------------------
INSERT INTO insight (id, stage_id, touchpoint_id, position, kind, text, source, source_detail, date) VALUES (
  'b20a0000-0000-4000-8000-000000000001', 'b2050000-0000-4000-8000-000000000006', 'b2060000-0000-4000-8000-00000000001a', 0,
  0 /* quote */,
  '“每次打电话都要从头讲一遍：光猫型号、什么时候开始断的、灯是什么颜色，我前后说了三遍。”——受访者B12，35岁，居家办公',
  1 /* interview */, '报障旅程深度访谈，共20位用户', '2025-11-20');

INSERT INTO insight (id, stage_id, touchpoint_id, position, kind, text, source, source_detail, date) VALUES (
  'b20a0000-0000-4000-8000-000000000002', 'b2050000-0000-4000-8000-000000000006', 'b2060000-0000-4000-8000-00000000001a', 1,
  2 /* data point */,
  '外包坐席报障一次解决率41%，自有坐席63%；晚间高峰平均排队时长16.5分钟。',
  5 /* operational data */, '2025年10月呼叫中心运营报表', '2025-11-08');

INSERT INTO insight (id, stage_id, touchpoint_id, position, kind, text, source, source_detail, date) VALUES (
  'b20a0000-0000-4000-8000-000000000003', 'b2050000-0000-4000-8000-000000000006', 'b2060000-0000-4000-8000-00000000001c', 0,
  2 /* data point */,
  '2025年第三季度宽带类投诉中，“维修超时”占37%，居首位；其中六成客户此前已催单两次以上。',
  2 /* complaint */, '投诉工单系统分类统计', '2025-10-15');

INSERT INTO insight (id, stage_id, touchpoint_id, position, kind, text, source, source_detail, date) VALUES (
  'b20a0000-0000-4000-8000-000000000004', 'b2050000-0000-4000-8000-000000000003', 'b2060000-0000-4000-8000-00000000000c', 0,
  1 /* observation */,
  '装维调度员反映：APP订单同步到装维派单系统有4–24小时延迟，导致预约电话滞后，客户先打热线催单。',
  4 /* employee feedback */, '通达网络工程调度中心座谈会', '2025-12-02');

INSERT INTO insight (id, stage_id, touchpoint_id, position, kind, text, source, source_detail, date) VALUES (
  'b20a0000-0000-4000-8000-000000000005', 'b2050000-0000-4000-8000-000000000004', 'b2060000-0000-4000-8000-00000000000e', 0,
  1 /* observation */,
  '陪同走访12户装机现场：7户师傅迟到超过30分钟，仅2户提前电话告知。',
  6 /* other */, '装机现场陪同观察', '2025-11-27');

INSERT INTO insight (id, stage_id, touchpoint_id, position, kind, text, source, source_detail, date) VALUES (
  'b20a0000-0000-4000-8000-000000000006', 'b2050000-0000-4000-8000-000000000004', 'b2060000-0000-4000-8000-000000000012', 0,
  2 /* data point */,
  '装机回访满意度平均9.6分（满分10分），同期新装用户NPS仅为+6，两者明显背离，疑似存在诱导评分。',
  0 /* survey */, '装机回访短信调查，样本量5,230', '2025-12-20');

INSERT INTO insight (id, stage_id, touchpoint_id, position, kind, text, source, source_detail, date) VALUES (
  'b20a0000-0000-4000-8000-000000000007', 'b2050000-0000-4000-8000-000000000005', 'b2060000-0000-4000-8000-000000000014', 0,
  1 /* observation */,
  '社交媒体上“晚上卡”“打游戏延迟高”相关帖子集中出现在周五、周六晚8点至11点。',
  3 /* social media */, '社交聆听，2025年9月至12月', '2026-01-06');

INSERT INTO insight (id, stage_id, touchpoint_id, position, kind, text, source, source_detail, date) VALUES (
  'b20a0000-0000-4000-8000-000000000008', 'b2050000-0000-4000-8000-000000000007', 'b2060000-0000-4000-8000-000000000020', 0,
  0 /* quote */,
  '“合约一到期就自动涨到199，新用户才99，凭什么老用户反而更贵？”',
  0 /* survey */, 'NPS调查贬损者原话，2026年1月', '2026-01-18');

INSERT INTO insight (id, stage_id, touchpoint_id, position, kind, text, source, source_detail, date) VALUES (
  'b20a0000-0000-4000-8000-000000000009', 'b2050000-0000-4000-8000-000000000007', 'b2060000-0000-4000-8000-000000000022', 0,
  2 /* data point */,
  '主动联系挽留专席的用户续约率78%；未联系者到期后三个月内流失率达24%。',
  5 /* operational data */, '存量经营数据分析，2025年到期用户', '2026-02-05');

INSERT INTO insight (id, stage_id, touchpoint_id, position, kind, text, source, source_detail, date) VALUES (
  'b20a0000-0000-4000-8000-00000000000a', 'b2050000-0000-4000-8000-000000000002', 'b2060000-0000-4000-8000-000000000005', 0,
  0 /* quote */,
  '“看了半天也搞不清融合套餐里到底包含了什么，违约金是多少，最后还是去了营业厅。”——受访者A05，42岁，两个孩子的父亲',
  1 /* interview */, '选购环节可用性访谈，共10位用户', '2025-11-22');

INSERT INTO insight (id, stage_id, touchpoint_id, position, kind, text, source, source_detail, date) VALUES (
  'b20a0000-0000-4000-8000-00000000000b', 'b2050000-0000-4000-8000-000000000005', 'b2060000-0000-4000-8000-000000000013', 0,
  2 /* data point */,
  '新装用户首月账单相关投诉中，82%涉及调测费或按天折算金额与预期不符。',
  2 /* complaint */, '投诉工单系统，2025年第四季度', '2026-01-12');

INSERT INTO insight (id, stage_id, touchpoint_id, position, kind, text, source, source_detail, date) VALUES (
  'b20a0000-0000-4000-8000-00000000000c', 'b2050000-0000-4000-8000-000000000009', 'b2060000-0000-4000-8000-000000000028', 0,
  2 /* data point */,
  '原型测试中10位参与者均在2分钟内完成下单并选定上门时段，9位表示“比等电话好得多”。',
  6 /* other */, '下单预约流程原型测试（有主持）', '2026-02-12');

INSERT INTO insight (id, stage_id, touchpoint_id, position, kind, text, source, source_detail, date) VALUES (
  'b20a0000-0000-4000-8000-00000000000d', 'b2050000-0000-4000-8000-00000000000c', 'b2060000-0000-4000-8000-000000000030', 0,
  0 /* quote */,
  '“断网的时候如果能先收到你们的通知，告诉我什么时候修好，我就不会急着打电话了。”——受访者C03',
  1 /* interview */, '主动告知概念测试访谈', '2026-02-14');

INSERT INTO insight_touchpoint (insight_id, touchpoint_id) VALUES
  ('b20a0000-0000-4000-8000-000000000001', 'b2060000-0000-4000-8000-00000000001a'),
  ('b20a0000-0000-4000-8000-000000000001', 'b2060000-0000-4000-8000-00000000001c'),
  ('b20a0000-0000-4000-8000-000000000002', 'b2060000-0000-4000-8000-00000000001a'),
  ('b20a0000-0000-4000-8000-000000000003', 'b2060000-0000-4000-8000-00000000001c'),
  ('b20a0000-0000-4000-8000-000000000003', 'b2060000-0000-4000-8000-00000000001b'),
  ('b20a0000-0000-4000-8000-000000000004', 'b2060000-0000-4000-8000-00000000000c'),
  ('b20a0000-0000-4000-8000-000000000004', 'b2060000-0000-4000-8000-000000000009'),
  ('b20a0000-0000-4000-8000-000000000005', 'b2060000-0000-4000-8000-00000000000e'),
  ('b20a0000-0000-4000-8000-000000000006', 'b2060000-0000-4000-8000-000000000012'),
  ('b20a0000-0000-4000-8000-000000000006', 'b2060000-0000-4000-8000-000000000011'),
  ('b20a0000-0000-4000-8000-000000000007', 'b2060000-0000-4000-8000-000000000014'),
  ('b20a0000-0000-4000-8000-000000000007', 'b2060000-0000-4000-8000-000000000003'),
  ('b20a0000-0000-4000-8000-000000000008', 'b2060000-0000-4000-8000-000000000020'),
  ('b20a0000-0000-4000-8000-000000000009', 'b2060000-0000-4000-8000-000000000022'),
  ('b20a0000-0000-4000-8000-000000000009', 'b2060000-0000-4000-8000-000000000020'),
  ('b20a0000-0000-4000-8000-00000000000a', 'b2060000-0000-4000-8000-000000000005'),
  ('b20a0000-0000-4000-8000-00000000000a', 'b2060000-0000-4000-8000-000000000007'),
  ('b20a0000-0000-4000-8000-00000000000b', 'b2060000-0000-4000-8000-000000000013'),
  ('b20a0000-0000-4000-8000-00000000000c', 'b2060000-0000-4000-8000-000000000028'),
  ('b20a0000-0000-4000-8000-00000000000c', 'b2060000-0000-4000-8000-00000000002a'),
  ('b20a0000-0000-4000-8000-00000000000d', 'b2060000-0000-4000-8000-000000000030'),
  ('b20a0000-0000-4000-8000-00000000000d', 'b2060000-0000-4000-8000-000000000032');

INSERT INTO insight_pain_point (insight_id, pain_point_id) VALUES
  ('b20a0000-0000-4000-8000-000000000001', 'b2080000-0000-4000-8000-00000000000b'),
  ('b20a0000-0000-4000-8000-000000000002', 'b2080000-0000-4000-8000-00000000000b'),
  ('b20a0000-0000-4000-8000-000000000002', 'b2080000-0000-4000-8000-00000000000c'),
  ('b20a0000-0000-4000-8000-000000000003', 'b2080000-0000-4000-8000-00000000000d'),
  ('b20a0000-0000-4000-8000-000000000004', 'b2080000-0000-4000-8000-000000000005'),
  ('b20a0000-0000-4000-8000-000000000005', 'b2080000-0000-4000-8000-000000000007'),
  ('b20a0000-0000-4000-8000-000000000006', 'b2080000-0000-4000-8000-000000000008'),
  ('b20a0000-0000-4000-8000-000000000007', 'b2080000-0000-4000-8000-00000000000a'),
  ('b20a0000-0000-4000-8000-000000000008', 'b2080000-0000-4000-8000-00000000000f'),
  ('b20a0000-0000-4000-8000-000000000009', 'b2080000-0000-4000-8000-000000000010'),
  ('b20a0000-0000-4000-8000-000000000009', 'b2080000-0000-4000-8000-00000000000f'),
  ('b20a0000-0000-4000-8000-00000000000a', 'b2080000-0000-4000-8000-000000000002'),
  ('b20a0000-0000-4000-8000-00000000000b', 'b2080000-0000-4000-8000-000000000009');

-- Metrics (scope: the as-is journey) -----------------------------------------
-- 净推荐值（NPS）——家庭宽带
INSERT INTO metric (id, position, name, kind, category, scale_min, scale_max, direction, unit, target,
                    scope_kind, scope_id) VALUES (
  'b20b0000-0000-4000-8000-000000000001', 0, '净推荐值（NPS）——家庭宽带',
  0 /* NPS */, 2 /* behaviour */, 0, 10, 0 /* higher is better */, 'NPS', 30,
  1 /* journey */, 'b2030000-0000-4000-8000-000000000001');

-- 客户满意度（CSAT，前两项占比）
INSERT INTO metric (id, position, name, kind, category, scale_min, scale_max, direction, unit, target,
                    scope_kind, scope_id) VALUES (
  'b20b0000-0000-4000-8000-000000000002', 1, '客户满意度（CSAT，前两项占比）',
  1 /* CSAT */, 1 /* perception */, 1, 5, 0 /* higher is better */, '%', 85,
  1 /* journey */, 'b2030000-0000-4000-8000-000000000001');

-- 客户费力度（CES）
INSERT INTO metric (id, position, name, kind, category, scale_min, scale_max, direction, unit, target,
                    scope_kind, scope_id) VALUES (
  'b20b0000-0000-4000-8000-000000000003', 2, '客户费力度（CES）',
  2 /* CES */, 0 /* interaction */, 1, 7, 0 /* higher is better */, '', 5.5,
  1 /* journey */, 'b2030000-0000-4000-8000-000000000001');

-- 7日内重复报障率
INSERT INTO metric (id, position, name, kind, category, scale_min, scale_max, direction, unit, target,
                    scope_kind, scope_id) VALUES (
  'b20b0000-0000-4000-8000-000000000004', 3, '7日内重复报障率',
  3 /* custom */, 3 /* outcome */, 0, 100, 1 /* lower is better */, '%', 5,
  1 /* journey */, 'b2030000-0000-4000-8000-000000000001');

-- Measurements: 净推荐值（NPS）——家庭宽带
INSERT INTO measurement (id, metric_id, scope_kind, scope_id, period_start, period_end, value,
                         sample_size, source, note) VALUES
  ('b20c0000-0000-4000-8000-000000000001', 'b20b0000-0000-4000-8000-000000000001', 1, 'b2030000-0000-4000-8000-000000000001', '2025-03-01', '2025-03-31', 10, 560, 0, ''),
  ('b20c0000-0000-4000-8000-000000000002', 'b20b0000-0000-4000-8000-000000000001', 1, 'b2030000-0000-4000-8000-000000000001', '2025-04-01', '2025-04-30', 9, 532, 0, ''),
  ('b20c0000-0000-4000-8000-000000000003', 'b20b0000-0000-4000-8000-000000000001', 1, 'b2030000-0000-4000-8000-000000000001', '2025-05-01', '2025-05-31', 8, 548, 0, ''),
  ('b20c0000-0000-4000-8000-000000000004', 'b20b0000-0000-4000-8000-000000000001', 1, 'b2030000-0000-4000-8000-000000000001', '2025-06-01', '2025-06-30', 6, 517, 0, '6月起华信客服坐席流失，热线排队时长上升'),
  ('b20c0000-0000-4000-8000-000000000005', 'b20b0000-0000-4000-8000-000000000001', 1, 'b2030000-0000-4000-8000-000000000001', '2025-07-01', '2025-07-31', 4, 493, 0, ''),
  ('b20c0000-0000-4000-8000-000000000006', 'b20b0000-0000-4000-8000-000000000001', 1, 'b2030000-0000-4000-8000-000000000001', '2025-08-01', '2025-08-31', 1, 586, 0, '8月暴雨导致多处光缆中断'),
  ('b20c0000-0000-4000-8000-000000000007', 'b20b0000-0000-4000-8000-000000000001', 1, 'b2030000-0000-4000-8000-000000000001', '2025-09-01', '2025-09-30', -2, 600, 0, '低点：维修超时投诉集中'),
  ('b20c0000-0000-4000-8000-000000000008', 'b20b0000-0000-4000-8000-000000000001', 1, 'b2030000-0000-4000-8000-000000000001', '2025-10-01', '2025-10-31', -1, 574, 0, ''),
  ('b20c0000-0000-4000-8000-000000000009', 'b20b0000-0000-4000-8000-000000000001', 1, 'b2030000-0000-4000-8000-000000000001', '2025-11-01', '2025-11-30', 2, 541, 0, '开放历史工单只读权限，高峰时段自有坐席分流'),
  ('b20c0000-0000-4000-8000-00000000000a', 'b20b0000-0000-4000-8000-000000000001', 1, 'b2030000-0000-4000-8000-000000000001', '2025-12-01', '2025-12-31', 4, 508, 0, ''),
  ('b20c0000-0000-4000-8000-00000000000b', 'b20b0000-0000-4000-8000-000000000001', 1, 'b2030000-0000-4000-8000-000000000001', '2026-01-01', '2026-01-31', 6, 526, 0, ''),
  ('b20c0000-0000-4000-8000-00000000000c', 'b20b0000-0000-4000-8000-000000000001', 1, 'b2030000-0000-4000-8000-000000000001', '2026-02-01', '2026-02-28', 7, 552, 0, '回访改为独立随机抽样后首月');

-- Measurements: 客户满意度（CSAT，前两项占比）
INSERT INTO measurement (id, metric_id, scope_kind, scope_id, period_start, period_end, value,
                         sample_size, source, note) VALUES
  ('b20c0000-0000-4000-8000-00000000000d', 'b20b0000-0000-4000-8000-000000000002', 1, 'b2030000-0000-4000-8000-000000000001', '2025-03-01', '2025-03-31', 78, 480, 0, ''),
  ('b20c0000-0000-4000-8000-00000000000e', 'b20b0000-0000-4000-8000-000000000002', 1, 'b2030000-0000-4000-8000-000000000001', '2025-04-01', '2025-04-30', 77, 455, 0, ''),
  ('b20c0000-0000-4000-8000-00000000000f', 'b20b0000-0000-4000-8000-000000000002', 1, 'b2030000-0000-4000-8000-000000000001', '2025-05-01', '2025-05-31', 77, 472, 0, ''),
  ('b20c0000-0000-4000-8000-000000000010', 'b20b0000-0000-4000-8000-000000000002', 1, 'b2030000-0000-4000-8000-000000000001', '2025-06-01', '2025-06-30', 75, 440, 0, ''),
  ('b20c0000-0000-4000-8000-000000000011', 'b20b0000-0000-4000-8000-000000000002', 1, 'b2030000-0000-4000-8000-000000000001', '2025-07-01', '2025-07-31', 73, 431, 0, ''),
  ('b20c0000-0000-4000-8000-000000000012', 'b20b0000-0000-4000-8000-000000000002', 1, 'b2030000-0000-4000-8000-000000000001', '2025-08-01', '2025-08-31', 70, 505, 0, ''),
  ('b20c0000-0000-4000-8000-000000000013', 'b20b0000-0000-4000-8000-000000000002', 1, 'b2030000-0000-4000-8000-000000000001', '2025-09-01', '2025-09-30', 68, 523, 0, ''),
  ('b20c0000-0000-4000-8000-000000000014', 'b20b0000-0000-4000-8000-000000000002', 1, 'b2030000-0000-4000-8000-000000000001', '2025-10-01', '2025-10-31', 69, 498, 0, ''),
  ('b20c0000-0000-4000-8000-000000000015', 'b20b0000-0000-4000-8000-000000000002', 1, 'b2030000-0000-4000-8000-000000000001', '2025-11-01', '2025-11-30', 72, 466, 0, ''),
  ('b20c0000-0000-4000-8000-000000000016', 'b20b0000-0000-4000-8000-000000000002', 1, 'b2030000-0000-4000-8000-000000000001', '2025-12-01', '2025-12-31', 74, 449, 0, ''),
  ('b20c0000-0000-4000-8000-000000000017', 'b20b0000-0000-4000-8000-000000000002', 1, 'b2030000-0000-4000-8000-000000000001', '2026-01-01', '2026-01-31', 75, 470, 0, ''),
  ('b20c0000-0000-4000-8000-000000000018', 'b20b0000-0000-4000-8000-000000000002', 1, 'b2030000-0000-4000-8000-000000000001', '2026-02-01', '2026-02-28', 76, 488, 0, '');

-- Measurements: 客户费力度（CES）
INSERT INTO measurement (id, metric_id, scope_kind, scope_id, period_start, period_end, value,
                         sample_size, source, note) VALUES
  ('b20c0000-0000-4000-8000-000000000019', 'b20b0000-0000-4000-8000-000000000003', 1, 'b2030000-0000-4000-8000-000000000001', '2025-03-01', '2025-03-31', 4.7, 212, 0, ''),
  ('b20c0000-0000-4000-8000-00000000001a', 'b20b0000-0000-4000-8000-000000000003', 1, 'b2030000-0000-4000-8000-000000000001', '2025-04-01', '2025-04-30', 4.7, 198, 0, ''),
  ('b20c0000-0000-4000-8000-00000000001b', 'b20b0000-0000-4000-8000-000000000003', 1, 'b2030000-0000-4000-8000-000000000001', '2025-05-01', '2025-05-31', 4.6, 205, 0, ''),
  ('b20c0000-0000-4000-8000-00000000001c', 'b20b0000-0000-4000-8000-000000000003', 1, 'b2030000-0000-4000-8000-000000000001', '2025-06-01', '2025-06-30', 4.5, 187, 0, ''),
  ('b20c0000-0000-4000-8000-00000000001d', 'b20b0000-0000-4000-8000-000000000003', 1, 'b2030000-0000-4000-8000-000000000001', '2025-07-01', '2025-07-31', 4.3, 176, 0, ''),
  ('b20c0000-0000-4000-8000-00000000001e', 'b20b0000-0000-4000-8000-000000000003', 1, 'b2030000-0000-4000-8000-000000000001', '2025-08-01', '2025-08-31', 4.1, 233, 0, ''),
  ('b20c0000-0000-4000-8000-00000000001f', 'b20b0000-0000-4000-8000-000000000003', 1, 'b2030000-0000-4000-8000-000000000001', '2025-09-01', '2025-09-30', 3.9, 251, 0, ''),
  ('b20c0000-0000-4000-8000-000000000020', 'b20b0000-0000-4000-8000-000000000003', 1, 'b2030000-0000-4000-8000-000000000001', '2025-10-01', '2025-10-31', 4.0, 240, 0, ''),
  ('b20c0000-0000-4000-8000-000000000021', 'b20b0000-0000-4000-8000-000000000003', 1, 'b2030000-0000-4000-8000-000000000001', '2025-11-01', '2025-11-30', 4.2, 219, 0, ''),
  ('b20c0000-0000-4000-8000-000000000022', 'b20b0000-0000-4000-8000-000000000003', 1, 'b2030000-0000-4000-8000-000000000001', '2025-12-01', '2025-12-31', 4.4, 196, 0, ''),
  ('b20c0000-0000-4000-8000-000000000023', 'b20b0000-0000-4000-8000-000000000003', 1, 'b2030000-0000-4000-8000-000000000001', '2026-01-01', '2026-01-31', 4.5, 207, 0, ''),
  ('b20c0000-0000-4000-8000-000000000024', 'b20b0000-0000-4000-8000-000000000003', 1, 'b2030000-0000-4000-8000-000000000001', '2026-02-01', '2026-02-28', 4.6, 215, 0, '');

-- Measurements: 7日内重复报障率
INSERT INTO measurement (id, metric_id, scope_kind, scope_id, period_start, period_end, value,
                         sample_size, source, note) VALUES
  ('b20c0000-0000-4000-8000-000000000025', 'b20b0000-0000-4000-8000-000000000004', 1, 'b2030000-0000-4000-8000-000000000001', '2025-01-01', '2025-03-31', 9.8, 12640, 0, '按故障工单统计，同一宽带账号7日内再次报障'),
  ('b20c0000-0000-4000-8000-000000000026', 'b20b0000-0000-4000-8000-000000000004', 1, 'b2030000-0000-4000-8000-000000000001', '2025-04-01', '2025-06-30', 10.4, 13125, 0, ''),
  ('b20c0000-0000-4000-8000-000000000027', 'b20b0000-0000-4000-8000-000000000004', 1, 'b2030000-0000-4000-8000-000000000001', '2025-07-01', '2025-09-30', 12.1, 16380, 0, '汛期光缆故障增多'),
  ('b20c0000-0000-4000-8000-000000000028', 'b20b0000-0000-4000-8000-000000000004', 1, 'b2030000-0000-4000-8000-000000000001', '2025-10-01', '2025-12-31', 8.9, 11870, 0, '开放历史工单权限后首个季度');
