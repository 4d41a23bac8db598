"""holdout218, part B: a blog, WeChat mirrors, sharing pages, education portals, intranets and a
Q&A. Every case written by hand; invented places, people, sites and chrome wording."""

CASES = [
    dict(
        slug="blog-amei-aircon-classroom-wrapped-70",
        site="阿梅的板书角 (invented, teacher's blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://amei.banshujiao.net/post/1187.html",
        title="教室里装上了空调",
        record_title="〈讲台随笔〉教室里装上了空调 ⇀ 阿梅的板书角",
        date="2025-07-02",
        notes="a teacher's blog hard-wrapped at 70 columns; the bracketed post time is the page's date; a 'read on phone' link glued after a sentence; tags, archive and comment count below",
        page="""
!m 阿梅的板书角 —— 一个乡村初中老师的小角落
!m 首页 | 讲台随笔 | 读书札记 | 留言板
!t 〈讲台随笔〉教室里装上了空调
!m [2025-07-02 22:16]　分类：讲台随笔　阅读(388)　评论(6)
{BODY}
!l 标签：教室 空调 夏天
!l 上一篇：期末前的最后一节晚自习　　下一篇：暑假家访的路上
!l 本文共有 6 条评论　我也说两句
!m 本站由 BanshuBlog 1.2 驱动
""",
        indent="    ",
        wrap=70,
        body="""
今年五月，学校终于给每间教室装上了空调。安装师傅走的那天下午，班里四十多个孩子围着空调看了半天，有个男生还偷偷用手去摸出风口。
往年一到六月，教室像个蒸笼，电风扇转得呼呼响，孩子们的作业本被汗水洇得皱巴巴的。午后第一节课，总有几个脑袋一点一点地往下垂，我讲得口干舌燥，效果却不好。⟦a 手机扫一扫，在手机上接着读⟧
有了空调，班里订了一个规矩：温度只开到二十六度，最后一个离开教室的同学负责关机。孩子们执行得很认真，值日生每天放学都要回头看一眼那个小小的指示灯。
这个夏天，教室里安静了许多，也凉快了许多。我想，孩子们记住的不只是一份清凉，还有那句“随手关空调”的约定。
""",
    ),
    dict(
        slug="wechat-weiwencang-smartwatch-heart-h1",
        site="微文仓 (invented WeChat mirror)",
        style="公众号镜像",
        genre="健康科普",
        kind="other",
        form="html",
        source="https://www.weiwencang.com/a/gcxrmyy/20250519_4410.html",
        title="智能手表提示“心律不齐”，要不要马上去医院？",
        record_title=None,
        date="2025-05-19",
        notes="WeChat mirror: the title only in the <h1>, 原创 and the account line (its date the page's), a star prompt glued before the first words, 阅读原文/在看 rows, the hospital's booking line beside the cardiology clinic's own phone, the mirror's archive note",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>文章存档 - 微文仓</title>
<meta name="referrer" content="no-referrer"></head>
<body>
<div class="wwc-top">⟦m 微文仓 · 公众号好文随时翻⟧ <a href="/">⟦a 回仓库首页⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="meta">⟦m 原创　心内科 邵文静　晷川县人民医院　2025-05-19 08:30　湖南⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="tail">⟦a 阅读原文⟧　⟦l 赞 · 在看 · 分享⟧　⟦m 阅读 2.4万⟧</div>
<div class="tail2">⟦l 已收录至合集：#心血管健康 36个⟧</div>
</div>
<div class="wwc-note">⟦d 微文仓仅对公众号公开文章做存档备份，著作权属于原公众号，如需删除请联系 cang@weiwencang.com⟧</div>
<div class="wwc-foot">⟦m 微文仓 2019-2025　粤ICP备19130622号⟧</div>
<div class="side">⟦l 本号近期文章：夏季防中暑，这些误区要避开⟧</div>
<script src="/static/wwc.js"></script>
</body></html>
""",
        body="""
⟦a 点击上方蓝字，把我们设为★星标⟧不少市民戴上智能手表后，偶尔会收到“心律不齐”的提醒，一下子就慌了神。这个提示到底靠不靠谱？今天，心内科邵文静医生给大家讲一讲。
智能手表大多通过手腕处的光电传感器测脉搏，受佩戴松紧、出汗、手臂活动等影响较大，偶尔一次提示并不能说明心脏一定有问题。
但如果出现以下情况，就要及时就医：一是反复收到提醒，且伴有心慌、胸闷、头晕；二是静息心率长期高于100次或低于50次；三是既往有高血压、冠心病等基础疾病。
需要提醒的是，手表只是健康“提示器”，不能代替医院的心电图和动态心电监测。就诊时可以把手表记录的数据带给医生作参考。
⟦m 预约挂号请拨医院总机 0739-5120120⟧
心内科门诊咨询电话：0739-5121386（工作日8:00-17:30）。
""",
    ),
    dict(
        slug="wechat-mirror-pedometer-walk-pledge-union",
        site="公号存档站 (invented WeChat mirror) of 昶水职工之家",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://gzhcd.cn/s/cszgzj/2025041107.html",
        title="“日行八千步”职工健步走倡议书",
        record_title="“日行八千步”职工健步走倡议书 ⦁ 昶水职工之家 · 公号存档站",
        date="2025-04-10",
        date_also=["2025-04-11"],
        notes="WeChat mirror text: a follow prompt glued before the salutation, 分享 and 关注 as content, the signature date expected and the account's date also accepted; reward and 在看 rows below",
        page="""
!m 公号存档站｜公众号文章备份
!t “日行八千步”职工健步走倡议书
!m 昶水职工之家　2025年4月11日 07:40　湖南
{BODY}
!a 查看原文
!l ♡ 在看　　☆ 收藏　　↗ 转发
!a 喜欢作者 · 打赏
!d 存档内容版权归原公众号所有，本站仅作备份，不作商用。
""",
        body="""
⟦a ↑轻点上方“昶水职工之家”关注我们⟧全县广大职工朋友们：
久坐办公、缺乏运动，正在悄悄影响着我们的健康。为倡导科学健身、快乐工作的生活方式，县总工会向全县职工发出如下倡议：
一、每天走够八千步。上下班能步行的步行，午休后走一走，用手机或计步器记录每天步数。
二、每周参加一次集体健步。各基层工会每周组织一次健步走，可结合“工间操”灵活安排。
三、带动家人一起走。把健步走变成家庭习惯，周末约上家人到公园、绿道走一走。
请大家关注“昶水职工之家”公众号，加入“健步昶水”小程序步数排行榜，也欢迎把这份倡议分享给身边的同事和朋友。
昶水县总工会
2025年4月10日
""",
    ),
    dict(
        slug="docshare-gongxiang-copier-rules-docx-articles",
        site="共享文档站 (invented)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="html",
        source="https://www.gxwendang.com/doc/2025/0312/6603814.html",
        title="晗江区档案馆复印机使用管理规定",
        record_title="晗江区档案馆复印机使用管理规定.docx",
        date=None,
        notes="sharing reader: ratings, an upload notice, a points lock and a service WeChat; 第N条 articles that speak of 复印/打印/扫码 as content; only an effective clause (no date); the upload stamp is no date",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>晗江区档案馆复印机使用管理规定.docx_共享文档站</title></head>
<body>
<div class="hd"><a href="/" class="logo">⟦m 共享文档站⟧</a> <a>⟦a 我要上传⟧</a> <a>⟦a 个人中心⟧</a></div>
<div class="bread">⟦m 共享文档站 ＞ 管理制度 ＞ 行政管理⟧</div>
<div class="docbox">
<h1>⟦t 晗江区档案馆复印机使用管理规定.docx⟧</h1>
<div class="info">⟦m 上传人：档案小白　上传时间：2025-03-12　格式：docx　大小：19KB⟧</div>
<div class="star">⟦l 评分：★★★★☆ 4.3（27人评价）⟧</div>
<div class="preview">
<h2>{T}</h2>
{BODY}
</div>
<div class="lock">⟦a 以上为前两页预览，获取全文需 5 积分，签到可领积分⟧</div>
<div class="notice">⟦d 本站文档均为网友上传，版权归原作者所有，如有侵权请联系我们删除。⟧</div>
</div>
<div class="kefu">⟦w 文档代找代排版 客服微信 gxwd-kefu88⟧</div>
<div class="ft">⟦m © 共享文档站 gxwendang.com　浙ICP备21007763号-1⟧</div>
<div class="side"><h4>⟦l 同类文档⟧</h4><p>⟦l 办公设备管理制度汇编⟧</p><p>⟦l 打印机使用登记表模板⟧</p></div>
<script src="/js/preview-lock.js"></script>
</body></html>
""",
        body="""
第一条　为规范本馆复印机使用，保障档案信息安全，节约办公经费，制定本规定。
第二条　本馆复印机由办公室统一管理，其他科室不得擅自移动或拆装。
第三条　复印馆藏档案须持经批准的《档案利用审批单》，由查档窗口工作人员代为复印，查档人不得自行操作。
第四条　工作人员复印、打印私人资料的，按每张两角自行付费；扫码支付后在登记簿上注明用途。
第五条　复印机出现卡纸、报错等故障，使用人应立即报告办公室，不得强行拉扯纸张或自行拆机。
第六条　复印完毕，使用人应取走原件和复印件，清除机器存储的扫描记录。
第七条　本规定由办公室负责解释，自印发之日起施行。
""",
    ),
    dict(
        slug="docshare-wendangku-watch-repair-contract-template-markers",
        site="文档汇聚站 (invented)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="text",
        source="http://www.wendanghuiju.com/view/77120415.html",
        title="手表维修服务合同",
        record_title="【协议范文】手表维修服务合同（可编辑）- 文档汇聚站",
        date=None,
        notes="a contract template with ＿＿ blanks, ×× placeholders and ＿＿年＿＿月＿＿日, 第N条 articles; preview page markers ☖ n on lines of their own cutting sentences; no date",
        page="""
!m 文档汇聚站 | 合同范本 · 法律文书 · 管理表格
!t 【协议范文】手表维修服务合同（可编辑）
!m 文档页数：3页　　热度：★★★　　收藏 48
!a 立即下载　　加入收藏夹　　举报此文档
{BODY}
!a 全文预览结束，点“立即下载”获取完整Word文档
!d 模板仅供参考，签约前请结合实际情况修改，必要时咨询专业律师。
!l 你可能还需要：钟表寄售协议｜家电维修服务协议｜售后服务承诺书
""",
        pages=dict(fmt="☖ {n}", every=120, start=2),
        body="""
委托方（甲方）：＿＿＿＿＿＿
维修方（乙方）：××钟表维修服务部
第一条　甲方委托乙方维修手表一块，品牌型号为＿＿＿＿，表壳编号为＿＿＿＿，送修时外观状况由双方当场确认并拍照留存。
第二条　维修项目为＿＿＿＿，维修费用合计人民币＿＿元，甲方送修时预付＿＿元，取表时结清余款。
第三条　乙方应在＿＿个工作日内完成维修；需更换零件的，应事先告知甲方零件名称和价格，经甲方同意后方可更换。
第四条　维修后的手表自取表之日起保修＿＿个月，保修期内同一故障免费返修。
第五条　甲方超过取表日期九十日未取表的，乙方应以电话、短信方式催告。
甲方（签字）：＿＿＿＿　乙方（盖章）：＿＿＿＿
＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="edu-tongxi-notice-pedometer-homework-attachment",
        site="曈溪县教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jy.tongxi.gov.cn/tzgg/202509/t20250905_28812.html",
        title="关于开展中小学生“阳光计步”体育家庭作业的通知",
        record_title="关于开展中小学生“阳光计步”体育家庭作业的通知 - 曈溪教育信息网 · 通知公告",
        date="2025-09-03",
        date_also=["2025-09-05"],
        notes="education portal: a screen-reader row, a scan-to-read line and a technical-support line beside the notice's own contact and mailbox; 附件 list; '请各校下载附件' is content; 成文日期 expected, the posting date also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于开展中小学生“阳光计步”体育家庭作业的通知</title></head>
<body>
<div class="top">⟦m 曈溪县教育局主办⟧ <a>⟦a 读屏专属模式⟧</a> <a>⟦a 长者阅读版⟧</a></div>
<div class="logo">⟦m 曈溪县教育信息网⟧</div>
<div class="menu">⟦m 首页｜教育要闻｜通知公告｜政策文件｜招生考试｜教师发展⟧</div>
<div class="pos">⟦m 当前位置：首页 → 通知公告⟧</div>
<div class="con">
<h1>{T}</h1>
<p class="src">⟦m 作者：体卫艺股　来源：曈溪县教育局　时间：2025年09月05日　浏览：3377⟧</p>
<div class="zw">
{BODY}
</div>
<p class="fj">⟦a 附件下载：阳光计步记录表.xlsx（31KB）⟧</p>
<p class="qr">⟦a 用手机扫描二维码，随时查看本通知⟧</p>
</div>
<div class="foot">⟦m 网站技术支持：0745-6621907（仅限网站故障报修）⟧<br>⟦m 曈溪县教育局　湘ICP备11004457号-2⟧</div>
<div class="side"><h4>⟦l 近期公告⟧</h4><p>⟦l 关于做好秋季学期学生资助工作的通知⟧</p><p>⟦l 教师资格认定现场确认安排⟧</p></div>
<script src="/js/jquery.min.js"></script>
</body></html>
""",
        body="""
各中小学校：
为落实学生每天校外体育活动一小时的要求，县教育局决定在全县中小学开展“阳光计步”体育家庭作业活动。现将有关事项通知如下。
一、活动对象。全县小学三年级至初中三年级学生。
二、活动内容。学生每天放学后或周末在家长陪同下步行、慢跑，小学生每天不少于六千步，初中生每天不少于八千步，步数以计步器或家长手机记录为准。
三、工作要求。请各校下载附件中的记录表，每周收集一次学生步数，每月评选“阳光计步之星”。活动中要提醒学生注意交通安全，雨雪天气改为室内运动。
联系人：郑璐，电话：0745-6620318，邮箱：txtwy@126.com。
附件：阳光计步记录表
曈溪县教育局
2025年9月3日
""",
    ),
    dict(
        slug="edu-zeyang-notice-classroom-tv-check-record",
        site="昃阳县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://edu.zeyang.gov.cn/news/2025/0218/4207.html",
        title="关于开展教室电视机及教学一体机安全隐患排查的通知",
        record_date="2025-02-18",
        date="2025-02-18",
        notes="record title and date as is; an education bureau's text page with a font row and a 'share to' line; a numbered list; the signature date agrees with the record",
        page="""
!m 昃阳县教育局　教育资讯网
!m 首页 → 通知公告 → 安全工作
{T}
!m 日期：2025-02-18　　点击数：906
!a 字号：[ 大 ] [ 中 ] [ 小 ]
{BODY}
!l 分享给好友：微信 | QQ | 钉钉
!m 地址：昃阳县城关镇学府路8号　邮编：418500
""",
        indent="\u3000\u3000",
        body="""
各中小学、幼儿园：
春季开学在即，为防止教室内电视机、教学一体机因固定不牢、线路老化引发安全事故，请各校在开学前完成一次全面排查。
1. 检查挂装电视机和一体机的支架、螺栓是否松动、锈蚀，底边离地高度不低于1.5米。
2. 检查电源线、插排是否老化破损，严禁私拉乱接和多个插排串接使用。
3. 检查设备是否做到放学后断电，班级是否明确专人负责。
4. 排查发现的问题建立台账，能立即整改的马上整改，不能立即整改的暂停使用并报局装备站。
各校于2月25日前将排查情况报局安全股。
昃阳县教育局
2025年2月18日
""",
    ),
    dict(
        slug="oa-changshui-minutes-copier-management-flow",
        site="昶水水务集团协同办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.csswjt.local/seeyon/collaboration/detail.do?id=-7730218841",
        title="关于办公楼复印机集中管理的专题会议纪要",
        record_title="待办事项｜关于办公楼复印机集中管理的专题会议纪要（第7期）- 企业门户",
        date="2025-03-12",
        date_also=["2025-03-14"],
        notes="OA document view: 流转记录 and read count, a mark-as-read button, the IT desk's line beside the minutes' own extension; the 时间/地点/主持/参会/记录 lines; the meeting's 时间 line expected, the OA send date also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>协同工作 - 昶水水务集团</title>
<script src="/seeyon/common/all-min.js"></script></head>
<body>
<div class="oa-head">⟦m 昶水水务集团有限公司　协同办公平台⟧ <span>⟦m 当前用户：舒晓婷（综合部）⟧</span> <a>⟦a 退出系统⟧</a></div>
<div class="oa-menu">⟦m 我的待办 | 已办事项 | 公文管理 | 会议管理 | 知识文档⟧</div>
<div class="oa-col">
<div class="subject">⟦m 标题：⟧{T}</div>
<div class="sender">⟦m 发起人：综合部 冯雅　发起时间：2025-03-14 15:07　已阅 38/41⟧</div>
<div class="oa-btns">⟦a 标为已读 ｜ 转发 ｜ 打印正文 ｜ 存为PDF⟧</div>
<div class="content">
{BODY}
</div>
<div class="flow"><h4>⟦l 流转记录⟧</h4>
<p>⟦l 冯雅 发起 2025-03-14 15:07⟧</p>
<p>⟦l 鲁建华 已阅 2025-03-14 16:22 意见：同意，按纪要执行⟧</p></div>
<div class="oa-foot">⟦m 系统使用问题请拨信息中心 8000（内线）⟧</div>
</div>
</body></html>
""",
        body="""
时间：2025年3月12日下午3时
地点：集团办公楼三楼小会议室
主持：鲁建华
参会：综合部、财务部、信息中心、各部室内勤
记录：冯雅
会议研究了办公楼复印机集中管理有关事项，纪要如下：
1. 各楼层分散放置的复印机统一撤并，二楼、四楼各设一个文印点，每个文印点保留一台多功能复印机，其余设备由综合部登记入库。
2. 复印机实行刷工卡使用，信息中心负责在3月底前完成与门禁系统的对接，按部门统计复印量。
3. 财务部按季度通报各部门复印纸和墨粉消耗情况，超出定额的部门在内网说明原因。
4. 文印点由综合部指定专人维护，设备故障请拨内线8216报修。
""",
    ),
    dict(
        slug="intranet-huiguang-bulletin-aircon-left-on",
        site="辉光电器内部网 (invented)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://portal.huiguang-elec.internal/xzgg/2025/0716-02.html",
        title="关于部分办公室下班未关空调情况的通报",
        record_title="员工须知 ⤳ 关于部分办公室下班未关空调情况的通报",
        date="2025-07-16",
        notes="intranet text page: a column prefix with ⤳ in the record title, a data table of offices, the signature date; a 'mark as read' button and a read count around the text",
        page="""
!m 辉光电器 · 员工门户
!m 行政公告 ＞ 正文
!t 员工须知 ⤳ 关于部分办公室下班未关空调情况的通报
!m 发布部门：行政部　　已读 286 人
!a ☐ 我已阅读本通报
{BODY}
!l 上一条：关于调整夏季作息时间的通知
!m 本页面仅限公司内部浏览，请勿截图外传
""",
        body="""
各部门：
7月7日至11日，行政部连续五个晚上对办公区空调关闭情况进行了抽查，发现部分办公室下班后空调仍在运行。现将抽查情况通报如下：
部门　办公室　未关次数
研发二部　A座507　3
市场部　B座210　2
采购部　B座318　1
上述情况造成电费浪费，也存在电气安全隐患。请相关部门负责人对本部门人员进行提醒，明确每间办公室最后离开人员负责关空调、关灯、关电脑。行政部将继续不定期抽查，累计三次未关的部门在月度考评中扣分。
行政部
2025年7月16日
""",
    ),
    dict(
        slug="qa-wenduoduo-aircon-electricity-question-title",
        site="问多多 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenduoduo.com/question/40218877.html",
        title="空调开26度一整晚大概要用多少电？",
        record_title=None,
        date=None,
        notes="Q&A page: the question is the title; an adopted-answer badge, a vote row and more answers; 'answered 2 days ago' is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>问多多 - 有问题，问多多</title></head>
<body>
<div class="top">⟦m 问多多⟧ <span>⟦m 有问题，问多多⟧</span> <a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="crumb">⟦m 问多多 › 生活 › 家用电器⟧</div>
<div class="q"><h1>{T}</h1>
<p>⟦m 提问者：夏天怕热的小林　　浏览 1.3万次⟧</p>
<p class="qdesc">家里是1.5匹的挂机，睡觉一直开着，想知道一晚上多少度电。</p></div>
<div class="best"><span class="badge">⟦m ✔ 提问者已采纳⟧</span>
<div class="who">⟦m 电工老陆　家电维修师傅　回答于 2 天前⟧</div>
<div class="ans">
{BODY}
</div>
<div class="vote">⟦l 有用 268　｜　没用 7　｜　评论 12⟧</div></div>
<div class="more"><h3>⟦l 其他 4 条回答⟧</h3><p>⟦l 热心网友：我家一晚上大概四度多，仅供参考⟧</p></div>
<div class="foot">⟦d 回答内容由网友提供，仅供参考，不代表问多多观点。⟧ ⟦m 问多多 wenduoduo.com⟧</div>
<div class="side"><h4>⟦l 相关问题⟧</h4><p>⟦l 空调一晚上开睡眠模式能省多少电？⟧</p></div>
<script src="/js/qa.js"></script>
</body></html>
""",
        body="""
这个要看空调的能效等级和房间情况，我按常见的1.5匹挂机给你算一下。
1.5匹空调的制冷功率一般在1000瓦到1200瓦之间。刚开机时压缩机满负荷运转，等房间降到26度后，变频空调会降频运行，平均功率大约只有三四百瓦。
按一晚上开8小时算：一级能效的变频空调大约用2.5度到3.5度电，老式定频空调大约要5度到7度电。
想再省点电，可以这样做：睡前关好门窗，拉上窗帘；开睡眠模式；每个月清洗一次过滤网。滤网脏了，同样的温度要多费不少电。
""",
    ),
]
