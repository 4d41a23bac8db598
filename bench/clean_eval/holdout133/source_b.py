"""holdout133, part B: a curtain-wall engineer's blog, a tactile-paving initiative and an
errenzhuan troupe's speech on WeChat mirrors, a scaffolding plan and an aluminium
smelter's report on sharing sites, a parents' school and a study-tour notice on education
portals, a nuclear plant's outage minutes and a coking plant's report on intranets, and a
chickenpox and a wheelchair-lending Q&A. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="blog-muqiang-curtain-wall-insight-wrapped",
        site="老幕的工地笔记 (invented)",
        style="博客",
        genre="心得体会",
        kind="essay",
        form="text",
        source="http://blog.gongdi.example.com/laomu/archives/2025/1130.html",
        title="玻璃幕墙巡检这一年的几点体会",
        record_title="玻璃幕墙巡检这一年的几点体会【原创】",
        date="2025-11-30",
        notes="a hard-wrapped blog post (62 columns) with indented paragraphs; a post line; a category row; 'previous/next' links and a comment count; decorated title",
        wrap=62,
        indent="  ",
        page="""
!m 老幕的工地笔记 —— 一个幕墙工程师的碎碎念
!t 玻璃幕墙巡检这一年的几点体会【原创】
!m 发表于 2025-11-30 ｜ 分类：工程随笔 ｜ 评论 7
{BODY}
!l « 上一篇：结构胶老化怎么判断
!l 下一篇：台风季前的开启扇检查 »
!a 订阅本博客 RSS
""",
        body="""
今年我负责全区二十六栋既有建筑玻璃幕墙的安全巡检，一年跑下来，对这项工作有了一些新的认识。
第一，巡检不能只看玻璃。很多隐患藏在看不见的地方，比如硅酮结构胶的老化开裂、连接件的锈蚀松动，必须打开检查口逐一核对。
第二，台账比经验更可靠。每栋楼都要建一本档案，记下面板更换、胶缝修补的时间和部位，下次巡检就能有的放矢。
第三，业主的配合很关键。不少物业只在出了问题时才想起幕墙，我们要多讲、多提醒，把定期维护写进物业服务合同。
""",
    ),
    dict(
        slug="wechat-mangdao-tactile-paving-initiative",
        site="溪源文明 公众号镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="letter",
        form="text",
        source="https://wx.mirror-reader.example.com/s/xiyuanwm/20250515_01",
        title="守护盲道畅通倡议书",
        record_title="守护盲道畅通倡议书",
        date="2025-05-15",
        notes="a WeChat mirror: account line with date, a follow prompt glued before the first paragraph, a 'read original'/在看 row; a sentence of the letter asking readers to 分享 kept",
        page="""
!m 溪源文明　2025-05-15 08:30　浙江
{T}
!a 点击上方蓝字，关注我们
{BODY}
!a 阅读原文
!l 分享　收藏　在看 32　赞 57
!d 本文来源：溪源县文明办，如涉及版权请联系后台
""",
        body="""
广大市民朋友们：
盲道是视障朋友出行的“生命线”。近期我们在走访中发现，部分路段盲道被车辆占压、被摊位堵塞，给视障朋友出行带来很大不便。
为此，我们向全县市民发出如下倡议：
一、不在盲道上停放机动车、非机动车，不在盲道上摆摊设点、堆放物品。
二、发现盲道被占用或损坏，可拨打城管服务热线反映，也可随手拍照上传“溪源随手拍”平台。
三、请把这份倡议分享给身边的亲友，让更多人了解盲道、爱护盲道。
溪源县文明办
溪源县残疾人联合会
2025年5月15日
""",
    ),
    dict(
        slug="wechat-errenzhuan-troupe-speech-html",
        site="北沃文艺 公众号镜像 (invented)",
        style="公众号镜像",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://mp.reader-mirror.example.net/a/beiwowy/2026/0120/3",
        title="在北沃县二人转剧团新春演出季启动仪式上的讲话",
        record_title="在北沃县二人转剧团新春演出季启动仪式上的讲话",
        date="2026-01-18",
        date_also=["2026-01-20"],
        notes="a WeChat-style mirror: account name and account date (01-20) differing from the date under the speech title (01-18, expected; the other accepted); speaker line neutral; a 'like/在看' bar and a QR caption",
        p_html='<section><p style="font-size:16px;line-height:1.75;">{}</p></section>',
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>在北沃县二人转剧团新春演出季启动仪式上的讲话</title></head>
<body><div id="js_content_wrap">
<h1 class="rich_media_title">⟦t 在北沃县二人转剧团新春演出季启动仪式上的讲话⟧</h1>
<div class="rich_media_meta">⟦m 北沃文艺 2026年1月20日 07:45 吉林⟧</div>
<p>北沃县文联主席　关宏宇</p>
<p>（2026年1月18日）</p>
{BODY}
<p class="qr">⟦a 长按识别二维码，关注北沃文艺⟧</p>
<div class="bar">⟦l 喜欢此内容的人还喜欢⟧</div>
<div class="bar">⟦l 点赞 · 在看 · 留言⟧</div>
</div></body></html>
""",
        body="""
同志们，朋友们：
今天，北沃县二人转剧团新春演出季正式启动。我代表县文联，向剧团全体演职人员致以新春的问候！
过去一年，剧团深入乡村、社区、厂矿演出一百二十八场，新排《送粮》《老屯新事》两出小戏，观众超过六万人次。
新春演出季期间，剧团将分成三个小分队，走进全县十二个乡镇巡演，把欢笑送到群众家门口。
希望大家守正创新，既唱好老段子，也编好新故事，让二人转这门老艺术焕发新光彩。
""",
    ),
    dict(
        slug="docshare-jiaoshoujia-scaffold-plan-markers",
        site="共享资料坊 (invented)",
        style="文档分享",
        genre="专项方案",
        kind="plan",
        form="text",
        source="https://www.gxzlf.example.com/doc/88213409.html",
        title="住宅楼工程落地式脚手架专项施工方案",
        record_title="住宅楼工程落地式脚手架专项施工方案（可编辑）",
        date="2025-06-03",
        notes="a sharing site; page markers ⌜n⌝ on lines of their own; decimal headings 1.1/2.1 kept; a 编制日期 line as the document's date; upload notice and a points prompt",
        pages=dict(fmt="⌜{n}⌝", every=85, start=2),
        page="""
!m 共享资料坊 | 资料分类：建筑施工 / 安全方案
!t 住宅楼工程落地式脚手架专项施工方案（可编辑）
!m 上传者：zhuyuan_jz　上传时间：2026-01-04　格式：DOC
{BODY}
!a 下载本文档需要 5 个资料币　｜　去赚币
!d 本站资料均由网友上传，仅供交流学习，版权归原作者所有
""",
        body="""
1 工程概况
1.1 本工程为鹤源小区三号住宅楼，地上十八层，建筑高度五十四点三米，外架采用落地式双排钢管扣件脚手架，分段搭设。
1.2 脚手架立杆纵距一点五米，横距零点九米，步距一点八米，连墙件按两步三跨设置。
2 安全措施
2.1 架子工必须持证上岗，作业时系好安全带，搭设过程中设置警戒区并安排专人监护。
2.2 脚手架搭设完毕后，由项目技术负责人组织验收，验收合格挂牌后方可投入使用。
编制人：陈启帆　审核人：邵立军
编制日期：2025年6月3日
""",
    ),
    dict(
        slug="docshare-lvchang-aluminium-report-html",
        site="云笺共享 (invented)",
        style="文档分享",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://yunjian-share.example.cn/d/5f3a91c2",
        title="关于铝电解企业节能降碳情况的调研报告",
        record_title="关于铝电解企业节能降碳情况的调研报告.pdf",
        date="2025-09-26",
        notes="a sharing page: file-info row, a share link with extraction code, a data table of power consumption, 'report' and 'save to drive' actions, a footer",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于铝电解企业节能降碳情况的调研报告.pdf - 云笺共享</title></head>
<body>
<div class="nav">⟦m 云笺共享⟧ <span>⟦l 发现 · 热门 · 分类 · 我的⟧</span></div>
<div class="file">
<h2>⟦t 关于铝电解企业节能降碳情况的调研报告.pdf⟧</h2>
<p>⟦m 12页 · 1.2MB · 分享者：北岭老杨 · 3天前⟧</p>
<p>⟦a 保存到我的云笺⟧ ⟦a 举报⟧ ⟦a 复制分享链接⟧</p>
</div>
<div class="preview">
{BODY}
</div>
<div class="tip">⟦a 预览仅显示部分内容，完整文件请保存后查看⟧</div>
<footer>⟦d 云笺共享不对用户分享内容的真实性负责⟧ ⟦m 京ICP备19093321号⟧</footer>
</body></html>
""",
        body="""
为掌握全市铝电解企业节能降碳工作进展，市工信局调研组于9月中旬走访了三家电解铝企业。
调研发现，三家企业均已完成电解槽节能改造，吨铝交流电耗较改造前平均下降三百二十千瓦时。
企业　吨铝交流电耗（千瓦时）　同比变化
北岭铝业　12980　-2.4%
青泉铝材　13150　-1.9%
安和冶金　13240　-1.6%
调研组建议，加快推广惰性阳极等低碳技术，推动企业使用绿电比例逐年提高。
市工业和信息化局调研组
2025年9月26日
""",
    ),
    dict(
        slug="edu-jiazhangxuexiao-parents-school-html",
        site="桐垣县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.tongyuan.example.gov.cn/tzgg/2025/0904/2196.html",
        title="关于举办2025年秋季家长学校系列讲座的通知",
        record_title="关于举办2025年秋季家长学校系列讲座的通知-桐垣教体",
        date="2025-09-04",
        notes="an education portal: old-style 【阅读字号】 row, schedule table, a sentence asking parents to 扫码 sign in kept, the 联系人/电话 kept beside the bureau's 监督电话",
        page="""
<html><head><meta charset="utf-8"><title>关于举办2025年秋季家长学校系列讲座的通知-桐垣教体</title></head>
<body>
<div id="top">⟦m 桐垣县教育体育局⟧ ⟦m 办人民满意教育⟧</div>
<div id="menu">⟦l 首页 | 教育要闻 | 通知公告 | 招生考试 | 资源下载⟧</div>
<div id="where">⟦m 位置：首页 » 通知公告⟧</div>
<h3>⟦t 关于举办2025年秋季家长学校系列讲座的通知⟧</h3>
<div class="sub">⟦m 发布时间：2025-09-04　浏览：1023次⟧　⟦a 【阅读字号：大 中 小】⟧</div>
<div class="article">
{BODY}
</div>
<div class="foot">⟦m 教育监督电话：0739-7712345⟧ ⟦m 版权所有：桐垣县教育体育局⟧</div>
</body></html>
""",
        body="""
各中小学、幼儿园：
为帮助家长树立科学的家庭教育理念，县教育体育局决定举办2025年秋季家长学校系列讲座。
场次　时间　主题
第一讲　9月20日　孩子入学适应与习惯养成
第二讲　10月18日　青春期亲子沟通
第三讲　11月15日　网络使用与防沉迷
讲座在县青少年活动中心报告厅举行，家长到场后请扫描签到二维码登记。
各校要积极组织家长参加，每场安排不少于二十名家长。
联系人：梁素云　电话：0739-7720316
桐垣县教育体育局
2025年9月4日
""",
    ),
    dict(
        slug="edu-yanxue-study-tour-notice-text",
        site="枫岚区教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.fledu.example.cn/html/tzgg/20260316/4418.html",
        title="关于做好春季中小学研学实践活动安全工作的通知",
        record_title="关于做好春季中小学研学实践活动安全工作的通知（转发）",
        date="2026-03-16",
        record_date="2026-03-16",
        notes="a 附件 list kept with a site's 'download attachment' chrome line under the text; a print/close row; 抄送 line kept; decorated title with （转发）",
        page="""
!m 枫岚区教育信息网
!m 首页 >> 通知公告 >> 正文
!t 关于做好春季中小学研学实践活动安全工作的通知（转发）
!m 作者：区教育局安全科　来源：本站原创　时间：2026-03-16
{BODY}
!a 附件下载：研学活动备案表.xlsx（点击下载）
!a 【打印】【关闭】
!m 技术支持：枫岚教育城域网中心
""",
        body="""
各中小学：
春季是研学实践活动的集中开展期。为确保师生安全，现就有关事项通知如下。
一、严格审批备案。各校组织研学活动须提前十个工作日报区教育局备案，未经备案不得组织。
二、落实安全责任。每二十名学生至少配备一名带队教师，出行前开展安全教育，购买意外伤害保险。
三、选择合格机构。承办机构须具备相应资质，所用车辆须为专用校车或正规客运车辆。
附件：1. 研学活动备案表
2. 研学活动安全预案（参考文本）
枫岚区教育局
2026年3月16日
抄送：区交通运输局，区文化和旅游局
""",
    ),
    dict(
        slug="oa-hedian-nuclear-outage-minutes",
        site="澜汐核电内网 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.lxnp.example.local/docview/minutes/2025/1107-02",
        title="二号机组第七次换料大修准备工作协调会会议纪要",
        record_title="二号机组第七次换料大修准备工作协调会会议纪要",
        date="2025-11-07",
        notes="an intranet document view: approval trail and read status lines, 时间/地点/主持/参会/记录 lines kept, numbered decisions, a watermark line between paragraphs",
        page="""
!m 澜汐核电协同办公平台 > 公文管理 > 会议纪要
!m 密级：内部　|　拟稿：大修办 郑宁　|　签发：蔡立国
{T}
{BODY}
!m 流转记录：大修办（已阅）→ 运行处（已阅）→ 维修处（未阅）
!a 下载正文　打印　转发
""",
        body="""
时间：2025年11月7日14:30
地点：生产楼302会议室
主持：蔡立国
参会：大修办、运行处、维修处、技术处、安全质保处负责人
记录：郑宁
会议听取了大修办关于二号机组第七次换料大修准备情况的汇报，研究了存在的问题。会议纪要如下：
⟦m 内部资料　注意保密　工号 20417⟧
一、大修工期按三十二天控制，关键路径项目由各处负责人亲自跟踪。
二、维修处于11月20日前完成备品备件到货核查，缺件清单报大修办。
三、安全质保处牵头开展外委人员入场培训，考核不合格者一律不得进入控制区。
""",
    ),
    dict(
        slug="oa-jiaohua-coking-report-html-portal",
        site="恒焦集团门户 (invented)",
        style="企业内网",
        genre="工作报告",
        kind="report",
        form="html",
        source="http://portal.hengjiao.example.local/news/detail?id=20251216",
        title="焦化分厂2025年环保提标改造工作情况报告",
        record_title="焦化分厂2025年环保提标改造工作情况报告",
        date="2025-12-16",
        notes="an intranet portal: user greeting, to-do count, read/unread list in the sidebar, a data table, the report's signature date; 'mark as read' action",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>内网门户 - 焦化分厂2025年环保提标改造工作情况报告</title></head>
<body>
<div class="top">⟦m 恒焦集团综合门户⟧　⟦m 您好，周晓峰（设备部）⟧　⟦a 待办 4⟧　⟦a 退出⟧</div>
<div class="path">⟦m 门户首页 / 公司公文 / 工作报告⟧</div>
<h2>⟦t 焦化分厂2025年环保提标改造工作情况报告⟧</h2>
<div class="m">⟦m 发布部门：焦化分厂　阅读 211⟧</div>
<div class="doc">
{BODY}
</div>
<div class="act">⟦a 标记为已读⟧ ⟦a 收藏⟧ ⟦a 打印⟧</div>
<div class="side"><b>⟦l 未读公文⟧</b><ul><li>⟦l 关于冬季防冻保温的通知⟧</li><li>⟦l 年度安全考核细则⟧</li></ul></div>
<div class="foot">⟦d 内部网站，严禁外传⟧</div>
</body></html>
""",
        body="""
集团公司：
2025年，焦化分厂按照超低排放要求，完成焦炉烟气脱硫脱硝、干熄焦除尘和化产区异味治理三项提标改造工程。
项目　投资（万元）　完成情况
焦炉烟气脱硫脱硝　4600　已投运
干熄焦除尘改造　1280　已投运
化产区异味治理　730　调试中
改造后，焦炉烟囱颗粒物、二氧化硫、氮氧化物排放浓度均稳定低于超低排放限值。
下一步，分厂将加快化产区治理设施调试，力争明年一季度通过验收。
焦化分厂
2025年12月16日
""",
    ),
    dict(
        slug="qa-shuidou-chickenpox-answer-text",
        site="邻医问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="text",
        source="https://www.linyiwenda.example.com/q/3381902.html",
        title="孩子班上出现水痘病例，家长该怎么做？",
        record_title=None,
        date=None,
        notes="a Q&A page with no record title (the question found on the page); answerer line with a relative time (no date); a 'consult a doctor online' prompt and votes; a similar-questions list",
        page="""
!m 邻医问答 > 儿科 > 传染病
{T}
!m 提问者：糖豆妈妈　3天前
!m 最佳回答　｜　社区医生 沈蔚（儿科主治医师）　回答于 2天前
{BODY}
!l 有用(46)　没用(1)　追问
!w 在线问医生，15分钟内回复，点此咨询
!l 相似问题：水痘会二次感染吗？｜ 打过水痘疫苗还会得吗？
""",
        body="""
您好，不必过于紧张，水痘是常见的儿童传染病，做好以下几点就可以。
第一，观察孩子有无发热、皮疹。水痘潜伏期一般为十到二十一天，出现症状要及时就医，并告知老师。
第二，查看孩子的疫苗接种记录。没有接种过水痘疫苗或只接种了一剂的，可以咨询社区接种门诊是否需要补种。
第三，如果孩子确诊，应居家隔离至全部皮疹结痂，不要抓挠，勤剪指甲。
""",
    ),
    dict(
        slug="qa-lunyi-wheelchair-lending-html",
        site="帮帮问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="html",
        source="https://www.bangbangwd.example.cn/question/771820",
        title="社区轮椅免费借用服务怎么申请？",
        record_title="社区轮椅免费借用服务怎么申请？_帮帮问答",
        date="2025-10-09",
        notes="a Q&A page: the answer's 回答于 line with a date (the page's date); the community's own 电话 kept; a vote bar and a related-questions box; an app-download prompt",
        page="""
<html><head><meta charset="utf-8"><title>社区轮椅免费借用服务怎么申请？_帮帮问答</title></head>
<body>
<div class="hd">⟦m 帮帮问答⟧ <input placeholder="搜索你想知道的问题"> ⟦a 我要提问⟧</div>
<div class="q"><h1>⟦t 社区轮椅免费借用服务怎么申请？⟧</h1><p>⟦m 3个回答 · 浏览 2,318⟧</p></div>
<div class="a">
<div class="user">⟦m 南苑社区服务站 · 认证机构　回答于 2025-10-09⟧</div>
{BODY}
<div class="vote">⟦l 赞同 58 ｜ 反对 ｜ 评论 6⟧</div>
</div>
<div class="rel"><h4>⟦l 相关问题⟧</h4><p>⟦l 老人助行器哪里可以租？⟧</p><p>⟦l 残疾人辅具补贴怎么领？⟧</p></div>
<div class="dl">⟦a 下载帮帮APP，提问秒回⟧</div>
</body></html>
""",
        body="""
您好，南苑社区“爱心辅具站”提供轮椅、助行器等辅具的免费短期借用，申请办法如下：
1. 携带借用人身份证和医院诊断证明或出院小结，到社区服务站一楼窗口填写借用登记表。
2. 借用期限一般不超过三个月，到期仍需使用的可续借一次。
3. 借用时交纳押金二百元，归还时辅具完好的全额退还。
如有疑问，可拨打社区服务站电话0571-8810 3326咨询。
""",
    ),
]
