"""holdout118, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网, 问答社区. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="blog-muye-woodpecker-wrapped",
        site="木叶山居 (invented blog)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://muyeshanju.blog.example.com/archives/1207",
        title="护林十年，我和啄木鸟做了邻居",
        record_title="护林十年，我和啄木鸟做了邻居 - 木叶山居 - 博客",
        date="2024-09-18",
        notes="hard-wrapped at 60 columns; blog bracket time is the date; comment box and archive after the post",
        page="""
!m 木叶山居　|　一个护林员的山中笔记
!m 首页　日志　相册　留言板
!t 护林十年，我和啄木鸟做了邻居
!m 发表于 2024-09-18 22:41　|　分类：山居杂记　|　阅读 (612)
{BODY}
!l 标签：啄木鸟　护林　松林
!l « 上一篇：夜巡遇到一只果子狸
!l 下一篇：秋分前后的松果 »
!l 评论 (3)　|　我要评论
!l 归档：2024年9月（4）　2024年8月（6）
!d 本站所有文字未经许可不得转载
""",
        wrap=60,
        body="""
我在菖岭林场干护林员已经整整十年了。这十年里，最让我欢喜的邻居，不是山下的村民，而是林子里那几窝大斑啄木鸟。
刚来的时候，场里的马尾松天牛闹得厉害，打药打了好几年也没压下去。后来林业站的技术员建议我们在林子里挂人工巢箱，招引啄木鸟来安家。
第一年只住进来一对，第三年已经有了七八窝。它们一天到晚在树干上敲敲打打，把躲在树皮下的天牛幼虫一条条啄出来。
我把每天看到的情况都记在巡山日志里：哪棵树有新洞，哪窝出了几只雏鸟，哪天听见了第一声敲击。这些本子现在已经攒了厚厚一摞。
护林这份工作很寂寞，但有了这些邻居，山里的日子就不那么难熬了。
""",
    ),
    dict(
        slug="wechat-mirror-newborn-screening-html",
        site="公号聚合阅读 (invented mirror)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="html",
        source="https://gzh.juhe-read.com/s/7f2c19aa0b",
        title="新生儿疾病筛查采血后，家长需要知道的五件事",
        record_title=None,
        date="2025-03-14",
        notes="WeChat mirror with account line, 阅读原文/在看, follow card; the article asks parents to 关注/扫码 (kept); title missing from record",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>公号聚合阅读</title></head><body>
<div class="mirror-top">⟦m 公号聚合阅读 — 好文章不迷路⟧ ⟦a 打开原文⟧</div>
<div class="rich_media"><h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 菖岭市妇幼保健院　2025年03月14日 16:30　湖南⟧</div>
<div class="follow">⟦a 点击上方蓝字，关注我们⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="after">⟦a 阅读原文⟧　⟦a 分享⟧　⟦a 在看⟧　⟦a 赞 58⟧</div>
<div class="card">⟦l 往期推荐：孕期唐筛与无创DNA，到底怎么选？⟧<br>⟦l 往期推荐：宝宝黄疸什么时候需要复查？⟧</div>
</div>
<footer>⟦d 本页内容抓取自公开的微信公众号文章，版权归原作者，如需删除请联系 mirror@juhe-read.com⟧</footer>
</body></html>
""",
        body="""
宝宝出生后，护士会在宝宝足跟采几滴血，做新生儿疾病筛查。很多家长不清楚后续怎么办，今天一次说清楚。
1.采血时间。一般在出生72小时后、充分哺乳6次以上再采血，过早采血可能出现假阳性。
2.结果查询。采血后约15个工作日出结果，家长可以关注“菖岭妇幼”公众号，在“报告查询”里输入宝宝母亲的身份证号查看。
3.召回复查。如果接到筛查中心的召回电话，请不要惊慌，召回不等于确诊，请在3天内带宝宝到我院复查。
4.信息核对。请确保留给医院的手机号码畅通，搬家或换号请及时告知。
5.咨询方式。新生儿疾病筛查中心咨询电话：0736-7263190，邮箱：xsrsc@clfybj.cn。
""",
    ),
    dict(
        slug="wechat-mirror-lactation-clinic-text",
        site="微文镜 (invented mirror)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="text",
        source="http://weiwenjing.cc/article/20240805/33912",
        title="我院母乳喂养咨询门诊开诊一周年：接诊妈妈2600余人次",
        record_title="我院母乳喂养咨询门诊开诊一周年：接诊妈妈2600余人次｜葭口县人民医院",
        date="2024-08-05",
        notes="mirror text; account/date line is the page date; 'long press to follow' glued before the last paragraph",
        page="""
!m 微文镜｜公众号文章备份
!t 我院母乳喂养咨询门诊开诊一周年：接诊妈妈2600余人次｜葭口县人民医院
!m 葭口县人民医院　2024-08-05
!a 听全文
{BODY}
!a 原文链接已失效　　收藏　　赞赏
!l 喜欢此内容的人还喜欢
!l 夏季宝宝腹泻，这几点要当心
""",
        body="""
8月1日至7日是世界母乳喂养周。记者从县人民医院获悉，该院母乳喂养咨询门诊开诊一年来，共接诊哺乳期妈妈2600余人次。
门诊由产科、儿科和营养科护士组成团队，主要解决乳汁不足、乳头皲裂、乳腺堵塞等问题，还为重返职场的妈妈提供背奶指导。
“很多妈妈来的时候很焦虑，我们先帮她们放松，再一点点纠正含接姿势。”门诊护士长祁晓蔓说。
⟦a 长按识别二维码，关注葭口县人民医院⟧门诊开放时间为每周一至周五上午，地点在门诊楼三楼产科区。
""",
    ),
    dict(
        slug="docshare-xiangyun-pressure-vessel-html",
        site="享云文档 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.xiangyundoc.com/doc/4470921.html",
        title="压力容器定期检验工作实施方案",
        record_title="压力容器定期检验工作实施方案.docx",
        date="2024-05-20",
        notes="sharing reader with file-info box, points price; decimal headings; 印发 line kept; marker paragraphs",
        pages=dict(fmt="〘{n}〙", every=170, start=2),
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>压力容器定期检验工作实施方案.docx - 享云文档</title></head><body>
<div class="head">⟦m 享云文档　分享每一份好文档⟧ ⟦a 上传赚积分⟧ ⟦a 登录⟧</div>
<div class="fileinfo"><h1>⟦t 压力容器定期检验工作实施方案.docx⟧</h1>
<table><tr><td>⟦m 格式：DOCX⟧</td><td>⟦m 页数：5⟧</td><td>⟦m 分享者：tz_jianyan⟧</td><td>⟦m 积分：12⟧</td></tr></table></div>
<div class="docbody">
{BODY}
</div>
<div class="endbar">⟦a 下载文档　收藏　举报⟧</div>
<div class="notice">⟦d 温馨提示：本站文档由用户分享，如涉及版权问题，请发送邮件至 jubao@xiangyundoc.com。⟧</div>
<div class="similar">⟦l 相似文档：锅炉安全管理制度 / 特种设备应急预案 / 叉车年检流程⟧</div>
</body></html>
""",
        body="""
1 目的
为规范公司压力容器定期检验工作，确保设备安全运行，依据特种设备有关法律法规，结合本公司实际，制定本方案。
2 适用范围
2.1 本方案适用于公司在用的储气罐、换热器、反应釜等固定式压力容器。
2.2 移动式压力容器及气瓶另行规定。
3 职责分工
3.1 设备部负责编制年度检验计划，联系有资质的检验机构。
3.2 各车间负责检验前的停机、置换、清洗和隔离。
4 检验安排
本年度到期需检验的压力容器共23台，分三批于6月至8月完成，检验期间各车间应合理调整生产计划。
莳原化工股份有限公司设备部　2024年5月20日印发
""",
    ),
    dict(
        slug="docshare-yuntu-seal-paste-wrapped-junk",
        site="云图共享资料 (invented)",
        style="文档分享",
        genre="调研报告",
        kind="report",
        form="text",
        source="http://www.yuntu-share.net/d/39512.html",
        title="关于我县传统印泥制作技艺保护传承情况的调研报告",
        record_title="关于我县传统印泥制作技艺保护传承情况的调研报告（word可编辑）",
        date=None,
        notes="wrapped at 64 columns; share-page upload notice; year only in the body text; no date",
        page="""
!m 云图共享资料　share.yuntu
!m 资料分类 → 调研报告 → 文化旅游
!t 关于我县传统印泥制作技艺保护传承情况的调研报告（word可编辑）
!m 分享时间：昨天 14:07　　下载次数：37
{BODY}
!d 该资料由网友自行分享，本站仅提供存储空间，如有侵权请联系删除；更多资料请在云图共享资料内搜索。
!a 【下载本资料】　【纠错】
""",
        wrap=64,
        body="""
印泥制作技艺是我县第二批县级非物质文化遗产代表性项目。为摸清项目保护传承现状，县文化馆组成调研组，先后走访了3家印泥作坊和2名代表性传承人。
调研发现，目前全县仍在从事传统印泥制作的仅有7人，平均年龄61岁；作坊年产朱砂印泥约800两，主要销往书画用品店和篆刻爱好者。
存在的主要问题：一是原料成本上涨，优质朱砂和艾绒采购困难；二是年轻人学艺意愿不强，学徒流失严重；三是产品缺少统一标识，市场上仿冒品较多。
建议将印泥制作纳入县级非遗工坊扶持范围，在中小学书法课中增设印泥体验环节，并帮助作坊注册集体商标。
""",
    ),
    dict(
        slug="edu-lishui-tongue-twister-html",
        site="蓠水区教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.lishui-qu.edu.cn/tzgg/2025/04/3308.html",
        title="关于举办全区中小学生绕口令大赛的通知",
        record_title="关于举办全区中小学生绕口令大赛的通知-蓠水区教育信息网",
        date="2025-04-02",
        notes="education portal; schedule table; 报名联系人 beside the site's tech support; 抄送 line kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于举办全区中小学生绕口令大赛的通知-蓠水区教育信息网</title></head><body>
<div class="banner">⟦m 蓠水区教育信息网⟧ ⟦m 立德树人　办人民满意教育⟧</div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 教育要闻⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 办事指南⟧</li></ul>
<div class="loc">⟦m 当前位置：首页 → 通知公告⟧</div>
<h2>{T}</h2>
<div class="attr">⟦m 作者：基教科　来源：本站原创　发布时间：2025-04-02　浏览：1452⟧</div>
{BODY}
<div class="bt">⟦a [打印] [关闭]⟧</div>
<div class="side"><h4>⟦l 最新通知⟧</h4><p>⟦l 关于做好2025年义务教育招生入学工作的通知⟧</p><p>⟦l 关于开展校园食品安全自查的通知⟧</p></div>
<div class="foot">⟦m 蓠水区教育局主办　技术支持：0571-86213390⟧ ⟦m 浙ICP备10022195号⟧</div>
</body></html>
""",
        body="""
各中小学：
为推广国家通用语言文字，激发学生学习普通话的兴趣，经研究，决定举办全区中小学生绕口令大赛。现将有关事项通知如下。
一、参赛对象：全区小学三年级至初中二年级在校学生。
二、赛程安排：
阶段　时间　形式
校级初赛　4月14日至25日　各校自行组织
区级复赛　5月10日　现场比赛
区级决赛　5月24日　现场比赛并网络直播
三、比赛要求：每名选手准备规定篇目和自选篇目各一段，自选篇目时长不超过1分30秒。规定篇目请各校到区教研网“语言文字”栏目下载。
四、报名方式：各校于4月28日前将报名表报区教研室。
联系人：戚婉清，电话：0571-86213471。
蓠水区教育局
2025年4月2日
抄送：区语言文字工作委员会办公室
""",
    ),
    dict(
        slug="edu-hengyang-magpie-club-text",
        site="荇湾镇中心小学 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.xwzx.edu.cn/news/show.asp?id=2217",
        title="荇湾镇中心小学“喜鹊观察”科学社团活动方案",
        record_title="荇湾镇中心小学“喜鹊观察”科学社团活动方案",
        date="2024-09-10",
        notes="school site text; date only as 成文日期; hits line and ASP footer",
        page="""
!m 荇湾镇中心小学欢迎您！
!m 学校首页 > 德育天地 > 社团活动
{T}
!m 发布人：教务处　点击：[ 276 ]
{BODY}
!a 【双击滚屏】【打印】【关闭】
!m 地址：荇湾镇学府路6号　邮编：421600　校长室电话：0734-6810022
""",
        indent="\u3000\u3000",
        body="""
为培养学生观察自然、探究科学的兴趣，学校决定成立“喜鹊观察”科学社团，特制定本方案。
一、活动目标：引导学生连续观察校园及周边喜鹊的筑巢、育雏和觅食行为，学会做观察记录。
二、社团成员：从四至六年级自愿报名的学生中选拔30人，由科学教师唐一苇、阎小禾担任辅导员。
三、活动安排：每周三下午第三节课为社团活动时间；每月组织一次校外观察，须有两名以上教师带队。
四、安全要求：观察时不得攀爬树木、不得惊扰鸟巢，外出活动须提前填写家长同意书。
荇湾镇中心小学教务处
2024年9月10日
""",
    ),
    dict(
        slug="oa-dingfeng-msg-factory-html-flow",
        site="鼎丰味业协同办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.dingfeng-food.local/doc/view?id=20250307-118",
        title="发酵车间节能降耗专题会议纪要",
        record_title="内部文件-发酵车间节能降耗专题会议纪要",
        date="2025-03-06",
        notes="intranet document view with flow record and read count; minutes' 时间/地点/主持/参会 lines kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>内部文件-发酵车间节能降耗专题会议纪要</title></head><body>
<div class="oa-top">⟦m 鼎丰味业 · 协同办公⟧ ⟦m 欢迎您，生产部 郝青⟧ ⟦a 退出⟧</div>
<div class="oa-nav">⟦m 待办(3)　已办　公文管理　会议管理　知识库⟧</div>
<div class="doc"><h3>{T}</h3>
<div class="docinfo">⟦m 密级：内部　拟稿：生产部　归档号：DF-SC-2025-031⟧</div>
{BODY}
</div>
<div class="flow"><h4>⟦m 流转记录⟧</h4><p>⟦m 2025-03-07 09:14 郝青 提交⟧</p><p>⟦m 2025-03-07 10:02 樊振南 审核通过⟧</p><p>⟦m 已阅 41 人　未阅 6 人⟧</p></div>
<div class="ops">⟦a 转发　打印　导出PDF⟧</div>
<footer>⟦d 内部资料，严禁外传⟧</footer>
</body></html>
""",
        body="""
时间：2025年3月6日14:30
地点：公司三楼第二会议室
主持：樊振南（生产副总）
参会：生产部、设备部、能源管理办公室、发酵车间负责人
记录：郝青
会议听取了发酵车间2月份能耗情况汇报，研究了节能降耗措施。纪要如下：
一、2月份发酵车间吨产品蒸汽消耗4.82吨，比去年同期上升6.1%，主要原因是两台发酵罐夹套结垢。
二、设备部于3月20日前完成结垢发酵罐的清洗，并对冷却水系统加装变频器。
三、能源管理办公室每周通报各工段水、电、汽消耗，超标工段要说明原因。
""",
    ),
    dict(
        slug="oa-jinlun-towel-intranet-text",
        site="锦纶毛巾集团内网 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://intra.jinlun-towel.com/notice/2024/1128.html",
        title="关于调整织造车间夜班补贴标准的通知",
        record_title="关于调整织造车间夜班补贴标准的通知",
        date="2024-11-28",
        notes="intranet notice; subsidy table; 抄送 and 印发 lines kept; page date equals document date",
        page="""
!m 锦纶毛巾集团　企业门户
!m 位置：首页 > 公司公告 > 人事通知
{T}
!m 发布部门：人力资源部　　发布时间：2024-11-28　　已读：523
锦纶人〔2024〕47号
{BODY}
!a 【加入我的收藏】【打印】【返回列表】
!d 本页面信息仅供集团内部员工查阅
""",
        body="""
各分厂、各部门：
经公司总经理办公会研究，决定自2024年12月1日起调整织造车间夜班补贴标准，具体如下：
岗位　原标准　新标准
挡车工　25元/班　35元/班
保全工　25元/班　32元/班
值班长　30元/班　40元/班
夜班补贴随当月工资一并发放，请各分厂认真做好考勤记录。
锦纶毛巾集团有限公司
2024年11月28日
抄送：集团工会、财务部
锦纶毛巾集团人力资源部　2024年11月28日印发
""",
    ),
    dict(
        slug="qa-zhidao-currency-exchange-html",
        site="问知社区 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenzhi.cn/question/6621093/answer/88314",
        title="县城银行网点开办外币兑换业务需要满足哪些条件？",
        record_title=None,
        date="2024-07-22",
        notes="Q&A with vote bar; question as title; the answerer's 回答于 is the page date; answer lists numbered conditions",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>县城银行网点开办外币兑换业务需要满足哪些条件？ - 问知社区</title></head><body>
<div class="hd">⟦m 问知社区⟧ ⟦a 提问⟧ ⟦a 登录⟧</div>
<div class="q"><h1>{T}</h1><p class="qmeta">⟦m 关注者 36　被浏览 8,904⟧</p></div>
<div class="ans"><div class="author">⟦m 柳岸金融　银行从业12年⟧</div>
<div class="time">⟦m 回答于 2024-07-22 11:03⟧</div>
{BODY}
<div class="vote">⟦l ▲ 赞同 214　▼　💬 17 条评论　分享　收藏　喜欢⟧</div></div>
<div class="more">⟦l 查看全部 9 个回答⟧</div>
<aside>⟦l 相关问题：出国留学换汇额度是多少？ · 外币现钞能存进银行卡吗？⟧</aside>
<footer>⟦d 未经作者授权，禁止转载⟧ ⟦m © 2025 问知社区⟧</footer>
</body></html>
""",
        body="""
谢邀。以我们行在县支行开办外币兑换的经验，大致要满足以下几个条件：
1.机构条件。网点须是经营外汇业务的银行分支机构，并在当地外汇管理部门完成备案。
2.人员条件。至少配备2名取得外汇业务培训合格证明的柜员，能识别常见外币的真伪。
3.设备条件。要配备外币点验钞机、保险柜和监控设施，牌价要在营业厅显著位置公示。
4.制度条件。建立外币现钞库存、调运和大额交易报告制度。
县城需求量不大的话，建议先开办美元、欧元、日元等主要币种，其他币种可以预约兑换。
""",
    ),
    dict(
        slug="qa-tiewen-pollination-text",
        site="农事问答堂 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.nongshiwd.com/q/20250318/5510.html",
        title="梨园人工授粉怎么组织？村里想写个方案",
        record_title="梨园人工授粉怎么组织？村里想写个方案_农事问答堂",
        date=None,
        notes="Q&A; relative time only (no date); accepted answer with numbered steps; site's expert hotline",
        page="""
!m 农事问答堂 — 种养殖问题找专家
!t 梨园人工授粉怎么组织？村里想写个方案_农事问答堂
!m 提问者：果农老葛　|　2小时前　|　浏览 96
!m 最佳答案
{BODY}
!m 回答者：县农技站 俞启明（认证专家）
!l 👍 有用(12)　　👎 没用(0)　　举报
!l 其他回答（2）
!w 想请专家上门？拨打农事热线 400-115-7282
""",
        body="""
梨树大多自花不实，遇上花期低温、蜜蜂少，人工授粉很有必要。组织起来可以按下面几步走：
一、采花制粉。在主栽品种开花前2至3天，采集授粉品种的铃铛花，取出花药，在20至25℃下阴干出粉。
二、分组作业。按每5亩一个小组安排人手，主栽品种开花25%至70%时为最佳授粉期，最好上午9点至下午4点进行。
三、授粉方法。可以用毛笔或鸡毛掸子点授，也可以用电动授粉器喷粉，每个花序点授1至2朵边花即可。
四、注意事项。授粉后遇雨要重新补授；花期严禁喷洒杀虫剂。
""",
    ),
]
