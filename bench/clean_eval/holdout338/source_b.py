"""holdout338, part B: a blog text, 公众号镜像, 文档分享, 教育门户, 企业内网 and 问答社区 (HTML and text each).

Invented text, sites, places and people; written by hand, case by case.
"""

CASES = [
    dict(
        slug="blog-gengling-memoir-father-crampons-wrapped",
        site="庚岭山居 (invented personal blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="text",
        source="http://gengling-shanju.blog.cn/post/2023/04/0417.html",
        title="父亲的冰爪",
        record_title="〔林下旧事·之三〕父亲的冰爪 - 庚岭山居",
        date=None,
        notes="memoir hard-wrapped at 68 columns; a photo placeholder line between paragraphs; years inside the "
        "text are no date; series prefix and blog suffix on the record title",
        page="""
!m 庚岭山居 · 一个人的山野笔记
!m 首页 | 山野 | 旧物 | 关于
!t 〔林下旧事·之三〕父亲的冰爪
!m 作者：庚岭樵夫　阅读(427)　评论(9)　收藏(15)
{BODY}
!l 分类：旧物　标签：冰爪　父亲　庚岭
!l 上一篇：〔林下旧事·之二〕雪夜听松
!l 下一篇：〔林下旧事·之四〕劈柴的手艺
!l 评论区　山那边的人：读到最后一段，眼眶湿了。
!m 本博客文字均系原创，转载前请先留言打个招呼
""",
        wrap=68,
        indent="\u3000\u3000",
        body="""
父亲那副冰爪，是1983年他在林场当伐木工时单位发的。四个爪齿，铁打的，绑带是帆布条，用了几十年，磨得发白。
小时候冬天进山砍柴，父亲总是先蹲下来给我绑好一副小的，那是他用旧冰爪改的，只剩前面两个齿。他一边勒绑带一边念叨：“脚底下稳了，心里才稳。”
那时候不懂，只觉得绑上冰爪走路像鸭子。有一年我嫌麻烦，偷偷解了绑带，结果在庚岭北坡的冰面上滑出去好几米，手掌被冰碴划得鲜血直流。父亲背我下山，一路没说话。
⟦m ［图片］柴房墙上挂着的两副冰爪⟧
后来我出去念书、工作，再没进过那片山。前年父亲走了，收拾老屋时，我在柴房的墙上看见那两副冰爪还挂在一起，大的那副锈得厉害，小的那副绑带上还留着他打的结。
如今我自己也爱爬山，装备换了好几茬，可每次绑冰爪，手还是照着父亲的样子，先勒紧脚背那一道。
""",
    ),
    dict(
        slug="wechat-gonghao-police-hanging-hook-fall-h1",
        site="公号拾遗 (invented WeChat mirror)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.gonghaoshiyi.com/a/haiyang-bhjf/20250422-3",
        title="阳台吊兰钩松脱，花盆从7楼坠落！这份自查清单请收好",
        record_title=None,
        date="2025-04-22",
        notes="WeChat mirror, no title in the record (the <h1>); a follow prompt glued before the first words; image "
        "placeholder between paragraphs; the account line is the page's date; 转发 as content",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>公号拾遗 - 公众号文章存档</title>
<script>var biz="MzkxNDQ3MTE2OA==",idx=3;</script>
</head>
<body>
<div class="mirror-bar">⟦m 公号拾遗 · 公众号文章存档⟧ <a href="/search">⟦a 搜公众号⟧</a></div>
<div id="js_article" class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">
<span class="original">⟦m 原创⟧</span>
<span>⟦m 亥阳丙湖警方　2025-04-22 17:30　湖北⟧</span>
</div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="qr">⟦a 长按识别下方二维码，关注丙湖警方⟧</div>
<div class="tool">⟦a 阅读原文⟧　⟦l 分享　收藏　点赞 63　在看 21⟧</div>
<div class="src">⟦m 来源：丙湖分局亥桥派出所　编辑：季楠　审核：程朗⟧</div>
<div class="more"><h4>⟦l 往期推荐⟧</h4>
<p>⟦l 电动车进楼充电？民警上门劝导⟧</p><p>⟦l 假冒“快递理赔”电话又来了⟧</p></div>
</div>
<div class="mirror-foot">⟦d 本页为公众号文章的第三方存档，著作权属于原公众号，如需删除请来信。⟧</div>
</body>
</html>
""",
        p_html='<p style="margin-bottom:12px;">{}</p>',
        body="""
⟦a 轻点标题下方蓝色名称，一键关注丙湖警方⟧4月20日下午，丙湖区亥桥社区一居民楼7楼阳台上的一盆吊兰连同花盆突然坠落，砸在楼下停放的电动车上，车筐被砸变形，所幸当时无人经过。
⟦m ［图片］⟧
民警和社区网格员到现场查看发现，这盆吊兰挂在一个自攻螺丝固定的吊兰钩上，钩子拧在阳台铝扣板吊顶里，扣板根本吃不住力，加上连日下雨花盆吸水变重，钩子被整个拔了出来。
警方提醒，阳台挂花请做好三件事：
1.吊兰钩要固定在楼板或龙骨上，不要只拧在扣板、石膏板上；
2.挂盆前估一估浇水后的重量，单钩不超过5公斤；
3.大风、暴雨天气前把吊盆取下来放到地上。
高空坠物造成他人损害的，物品所有人、管理人要依法承担责任。请把这篇提醒转发给家里有阳台的亲友。
""",
    ),
    dict(
        slug="wechat-tuiwen-pledge-tent-pegs-star-prompt",
        site="推文存档馆 (invented WeChat mirror)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://tuiwencundang.cn/gxhw/2025/07/03/1.html",
        title="关于露营时回收帐篷钉的倡议书",
        record_title="关于露营时回收帐篷钉的倡议书 | 庚溪户外 · 推文存档馆",
        date="2025-07-02",
        date_also=["2025-07-03"],
        notes="WeChat mirror text: a star prompt glued before the salutation, photo caption between paragraphs, "
        "分享 as content, signature date in Chinese numerals a day before the account date",
        page="""
!m 推文存档馆 / 庚溪户外 / 文章
{T}
!m 原创　庚溪户外　2025-07-03 19:05
{BODY}
!a 阅读原文　　分享　　在看 12
!l 往期回顾：庚岭冰瀑开放时间调整｜秋季徒步路线推荐
!w 扫码加入庚溪户外交流群，群满请加小助手 gxhw2025
!d 存档馆仅收录公开推送，内容以原公众号为准。
""",
        body="""
⟦a 点亮星标，第一时间收到营地动态⟧广大露营爱好者：
今年以来，戌峰草甸、庚溪河谷等营地的游客明显增多。护林员在巡查中发现，不少营位留下了遗失的帐篷钉，有的被草盖住，牛羊踩上去伤了蹄子，割草机碰上就打坏刀片。为此，我们向大家发出如下倡议：
⟦m ［图片：护林员在营位草丛中捡到的断钉］⟧
一、出发前清点。记下自己带了多少根地钉，最好拍照留存。
二、收营时对数。拔钉后按数量收齐，找不到的请告知营地工作人员帮忙查找。
三、断钉不丢弃。敲断、敲弯的地钉请装回收纳袋，带到回收点统一处理。
四、文明相互提醒。看到别人落下的地钉，顺手捡起交到营地服务台。
欢迎大家把这份倡议分享到自己的露营群，让更多人参与进来。
庚溪县户外运动协会
二〇二五年七月二日
""",
    ),
    dict(
        slug="docshare-shiye-contract-template-fishing-stools-docx",
        site="拾页文档 (invented document-sharing site)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.shiyedoc.com/d/5e8a1c07.html",
        title="钓鱼凳采购合同（范本）",
        record_title="钓鱼凳采购合同（范本）.docx",
        date=None,
        notes="sharing reader: file-name title, rating row, points lock, service WeChat, upload notice; a contract "
        "template with ×× placeholders, ＿＿ blanks and ＿＿＿＿年＿＿月＿＿日, 第N条 articles; upload stamp no date",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>钓鱼凳采购合同（范本）.docx - 拾页文档</title>
<script src="//cdn.shiyedoc.com/reader/2.3/reader.js"></script>
</head>
<body>
<div class="nav">⟦m 拾页文档 · 好资料一起分享⟧ <a>⟦m 合同范本⟧</a> <a>⟦m 行业资料⟧</a> <a>⟦m 教育文档⟧</a> <a>⟦a 上传赚积分⟧</a></div>
<div class="doc-title"><h1>⟦t 钓鱼凳采购合同（范本）.docx⟧</h1>
<p>⟦m 分享者：钓友老邢　2025-02-11 上传　已浏览 936 次⟧</p>
<p>⟦l 评分 ★★★★☆ 4.2（57人评价）⟧</p></div>
<div class="reader">
<p class="c">{T}</p>
{BODY}
</div>
<div class="lock">⟦a 下载此文档需8积分，您当前积分为0⟧ <a>⟦a 做任务领积分⟧</a></div>
<div class="notice">⟦d 拾页文档的资料由分享者自行上传，仅供交流参考，使用前请自行核对条款。⟧</div>
<div class="kf">⟦w 下载不成功？加客服微信 shiye_kf01 处理⟧</div>
<div class="rel"><h4>⟦l 同类文档⟧</h4><ul><li>⟦l 户外用品购销合同.doc⟧</li><li>⟦l 钓具经销代理协议（通用）.docx⟧</li></ul></div>
<div class="foot">⟦m 拾页文档 shiyedoc.com　苏ICP备21006618号⟧</div>
</body>
</html>
""",
        body="""
甲方（采购方）：××钓鱼俱乐部
乙方（供货方）：××钓具有限公司
第一条　产品名称、规格和数量：四腿可调钓鱼凳，型号＿＿＿＿，数量＿＿＿＿张，单价＿＿＿＿元，合计＿＿＿＿元。
第二条　质量要求：每张钓鱼凳静态承重不低于150公斤，调节腿锁扣在满载状态下不得滑脱，脚垫不得开胶。
第三条　交货时间和地点：乙方应于＿＿＿＿年＿＿月＿＿日前将货物送至甲方指定地点，运费由乙方承担。
⟦a 本合同全文可编辑，登录后一键套用到我的文档⟧
第四条　验收：甲方收货后7日内按每批5%的比例抽样做承重试验，不合格的，乙方应无偿更换。
第五条　付款方式：验收合格后15个工作日内，甲方一次性付清货款。
第六条　违约责任：乙方逾期交货的，每逾期一日按合同总价的0.5%支付违约金。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="docshare-jianye-rules-crampon-rental-markers",
        site="简页共享 (invented document-sharing site)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="text",
        source="https://jianye-share.com/doc/2025/1204/66031.html",
        title="庚岭冰瀑景区冰爪租赁管理规定",
        record_title="庚岭冰瀑景区冰爪租赁管理规定（可改可套用）- 简页共享",
        date=None,
        notes="sharing text: rules with 第N条 articles cut by page markers '⛏n⛏' on lines of their own; an upload "
        "stamp and an effective clause only, so no date",
        page="""
!m 简页共享 — 文档随手分享
{T}
!m 上传：冰瀑小陈　12月4日　|　3页　|　下载 48
!a 免费下载　｜　加入收藏　｜　打印预览
{BODY}
!a 预览仅显示前3页，下载后可查看批注版
!d 文档内容来自用户分享，本站仅作存储，如有异议请点“投诉”。
!l 你可能还需要：景区游客安全须知模板｜冰雪项目安全管理制度汇编
""",
        pages=dict(fmt="⛏{n}⛏", every=130, start=2),
        body="""
第一条　为规范庚岭冰瀑景区冰爪租赁服务，保障游客冰面游览安全，制定本规定。
第二条　景区游客中心设冰爪租赁点，冬季开放期间每日8时至17时提供租赁服务。
第三条　出租的冰爪分为简易链式冰爪和十齿冰爪两种，分别用于栈道和冰瀑观景平台，游客应按工作人员指引选用。
第四条　租赁时游客须出示身份证件并交纳押金100元，归还冰爪且无损坏的，全额退还押金。
第五条　工作人员应在出租前检查链条、齿尖和绑带，发现齿尖磨平、链条断裂的冰爪不得出租。
第六条　每次归还后，冰爪须用清水冲洗、晾干，并登记归还时间和检查结果。
第七条　游客应在指定区域穿脱冰爪，不得穿着冰爪进入游客中心、售票厅和观光车。
第八条　本规定自发布之日起施行。
""",
    ),
    dict(
        slug="edu-wuling-notice-campus-insect-lamps-attachments",
        site="戊岭教育网 (invented county education portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.wulingedu.cn/tzgg/2025/0521/3318.html",
        title="关于做好中小学校园捕虫灯安全管理的通知",
        record_title="关于做好中小学校园捕虫灯安全管理的通知 - 校园平安 - 戊岭教育网",
        date="2025-05-20",
        date_also=["2025-05-21"],
        notes="education portal: care-mode/read-aloud links, attachment download links beside the notice's own 附件 "
        "list, its contact and mailbox beside the site's technical line, 下载/扫描 as content, a scan-to-read line",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于做好中小学校园捕虫灯安全管理的通知 - 校园平安 - 戊岭教育网</title>
<script src="/js/aria-tool.js"></script>
</head>
<body>
<div class="top">⟦m 戊岭教育网　戊岭县教育局主办⟧ <a>⟦a 关怀版⟧</a> <a>⟦a 屏幕朗读⟧</a></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 教育要闻⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 校园平安⟧</li><li>⟦m 招生考试⟧</li></ul>
<div class="pos">⟦m 当前页：首页 / 校园平安 / 正文⟧</div>
<div class="art">
<h2>{T}</h2>
<div class="info">⟦m 发布日期：2025-05-21　作者：后勤保障股　点击数：578⟧</div>
{BODY}
<div class="fujian">
<p>⟦a 附件1：校园捕虫灯安全检查表.docx（点击下载）⟧</p>
<p>⟦a 附件2：捕虫灯安全使用提示.pdf（点击下载）⟧</p>
</div>
<div class="qrline">⟦a 手机扫一扫，本页随身看⟧</div>
</div>
<div class="foot">
<p>⟦m 戊岭县教育局 版权所有　地址：戊岭县城关镇学府路12号⟧</p>
<p>⟦w 网站技术支持：0716-6120088⟧　⟦m 鄂ICP备12009734号⟧</p>
</div>
</body>
</html>
""",
        p_html='<p class="p-indent">{}</p>',
        body="""
各乡镇中心学校，县直各学校：
入夏以来，各校食堂、宿舍陆续启用电击式捕虫灯。近期检查发现，个别学校把捕虫灯装在学生伸手可及的走廊墙面，有的在通电状态下用湿布擦拭电网，存在触电和火灾隐患。现就有关事项通知如下：
1.捕虫灯安装高度不低于2米，远离窗帘、纸箱等可燃物，宿舍内一律不得安装电击式捕虫灯。
2.清理电网和接虫盘必须断电，由后勤人员操作，严禁安排学生清理。
3.各校于5月30日前完成一次全面排查，请下载附件1逐项填写，加盖公章后扫描发送至县教育局后勤保障股邮箱。
联系人：邱晓岚，电话：0716-6123405，邮箱：wlhqg@wuling-edu.cn。
附件：1.校园捕虫灯安全检查表
2.捕虫灯安全使用提示（张贴版）
戊岭县教育局
2025年5月20日
""",
    ),
    dict(
        slug="edu-binghu-school-notice-crampons-study-trip",
        site="丙湖教育信息网 (invented district education site)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jy.binghu.gov.cn/xxdt/syzx/202501/t20250106_5521.html",
        title="关于寒假庚岭冰雪研学活动学生装备的通知",
        record_title="【研学通知】关于寒假庚岭冰雪研学活动学生装备的通知",
        date="2025-01-06",
        notes="school notice on a district education site: numbered list, 扫描回执二维码 as content, signature date "
        "equal to the posting line",
        page="""
!m 丙湖教育信息网 > 学校动态 > 实验中学
!t 【研学通知】关于寒假庚岭冰雪研学活动学生装备的通知
!m 发布：实验中学德育处　2025-01-06　阅读：2256
!a 大 中 小　|　打印
{BODY}
!l 上一条：丙湖区实验中学2025年寒假致家长的一封信
!l 下一条：初一年级期末考试安排
!m 丙湖区教育局主办　丙湖教育信息网维护
!w 技术服务电话：0716-8339012
""",
        indent="\u3000\u3000",
        body="""
各位家长：
学校定于1月16日至17日组织初一年级学生赴庚溪县庚岭冰瀑开展冰雪研学活动。冰瀑栈道和观景平台冬季结冰，为保证安全，请家长为孩子准备以下装备：
1.简易链式冰爪一副，要求链条完好、齿尖不少于10个，尺码与孩子的雪地靴相符；
2.防水手套、帽子各一，备用袜子两双；
3.保温水杯一个，装温水不装开水。
出发前一天，班主任将在班级逐一检查冰爪，请家长提前在家帮孩子练习穿脱。没有冰爪的同学可在景区游客中心租用，押金由学校统一垫付。
请家长于1月10日前扫描班级群内的回执二维码，确认孩子是否参加。
丙湖区实验中学
2025年1月6日
""",
    ),
    dict(
        slug="intranet-yequ-minutes-bent-tent-pegs-flow",
        site="野趣OA (invented outdoor-gear company intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.yequ-outdoor.local/doc/view?id=20250311007",
        title="关于帐篷钉批量弯折问题的专题会议纪要",
        record_title="〔纪要·内部〕关于帐篷钉批量弯折问题的专题会议纪要 - 野趣OA",
        date="2025-03-11",
        date_also=["2025-03-12"],
        notes="OA document view: 时间/地点/主持/参会/记录 lines in the body (the 时间 line is the date), flow records "
        "with later dates, read count and a mark-as-read button",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔纪要·内部〕关于帐篷钉批量弯折问题的专题会议纪要 - 野趣OA</title>
<script src="/static/oa/doc-view.js"></script>
</head>
<body>
<div class="oa-top">⟦m 野趣协同办公平台⟧ <span>⟦m 当前用户：温小满（品质部）⟧</span> <a>⟦a 退出⟧</a></div>
<div class="oa-menu">⟦m 待办⟧ ⟦m 已办⟧ ⟦m 公文⟧ ⟦m 通讯录⟧ ⟦m 知识库⟧</div>
<div class="doc">
<div class="doc-attr">⟦m 文件类型：会议纪要　密级：内部　拟稿部门：总经理办公室⟧</div>
<h2 class="doc-title">{T}</h2>
<div class="doc-body">
{BODY}
</div>
<div class="doc-ops">⟦a 标为已读⟧ ⟦a 转发　打印　导出PDF⟧ <span>⟦m 阅读人数：57⟧</span></div>
<table class="flow">
<tr><th>⟦l 流转记录⟧</th></tr>
<tr><td>⟦l 2025-03-11 17:02　温小满　拟稿⟧</td></tr>
<tr><td>⟦l 2025-03-12 09:14　江海鸥　签发⟧</td></tr>
<tr><td>⟦l 2025-03-12 09:20　系统　分发至各部门⟧</td></tr>
</table>
</div>
<div class="oa-foot">⟦m 信息中心服务台 分机 8008⟧　⟦d 内部资料，不得外传或截图转发⟧</div>
</body>
</html>
""",
        body="""
时间：2025年3月11日14:30
地点：公司三楼小会议室
主持：江海鸥（副总经理）
参会：品质部、生产部、采购部、售后部负责人
记录：温小满
会议就近期客户集中反映的铝合金帐篷钉弯折问题进行了专题研究。售后部通报，2月以来共收到相关投诉43起，涉及批次YJ2501和YJ2502，集中表现为敲入硬土时钉身中段弯折。
品质部抽检结果显示，两批次钉身壁厚为1.6毫米，低于图纸要求的2.0毫米，原因是供应商更换了型材模具未报备。
会议议定：
一、两批次库存产品全部冻结，已售出产品由售后部主动联系客户免费换新；
二、采购部暂停该型材供应商供货，并按合同追究责任；
三、品质部将壁厚列为来料必检项目，每批抽检不少于20根。
""",
    ),
    dict(
        slug="intranet-minghui-bulletin-lamp-adapter-batches",
        site="明辉照明内网 (invented lamp-maker intranet)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://10.8.1.20/gonggao/zhiliang/2025060901.htm",
        title="关于LT-30型捕虫灯电源适配器质量问题的通报",
        record_date="2025-06-09",
        date="2025-06-09",
        notes="intranet text: record title and date as is; a batch table one row a paragraph with ideographic spaces; "
        "read list and IT extension below",
        page="""
!m 明辉照明内网 › 公告通报 › 质量通报
{T}
!m 发布部门：质检部　发布人：车立群　阅读 312 次
!a 【已读】【收藏】【打印】
{BODY}
!l 已读人员：生产一车间 常卫东、售后服务部 何青 等 312 人
!l 上一条：关于端午节放假安排的通知
!m 内网技术支持 分机 6006　仅限公司内部访问
""",
        indent="\u3000\u3000",
        body="""
各车间、各部门：
6月上旬，售后服务部接到经销商反馈，LT-30型捕虫灯在使用两至三周后出现灯管闪烁、不亮等故障。经质检部拆检，故障原因是电源适配器内电容耐温等级不足，夏季户外高温下容易鼓包失效。涉及批次如下：
批次号　生产日期　数量（台）
LT3025041　4月12日　1200
LT3025043　4月26日　1500
LT3025051　5月9日　900
经研究，对上述批次产品作如下处理：一是已出库产品由销售部通知经销商暂停销售，免费更换适配器；二是库存产品全部返工；三是采购部对适配器供应商下发整改通知。
请各部门引以为戒，严格执行来料检验制度。
亥阳明辉照明电器有限公司质检部
2025年6月9日
""",
    ),
    dict(
        slug="qa-wenqu-fishing-stool-choice-question-title",
        site="问渠问答 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenquwenda.com/q/88127340.html",
        title="钓鱼凳怎么选？折叠马扎和四腿可调的哪个好？",
        record_title=None,
        date=None,
        notes="Q&A page, no title in the record: the question is the title; adopted-answer badge, vote row, more "
        "answers and an app prompt; answer time relative (3 天前): no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>问渠问答</title>
<script src="https://s.wenquwenda.com/js/qa.js"></script>
</head>
<body>
<div class="header">⟦m 问渠问答⟧ <input placeholder="有问题，问问渠"> <a>⟦a 提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="crumb">⟦m 首页 › 体育运动 › 钓鱼⟧</div>
<div class="question">
<h1>{T}</h1>
<p class="q-meta">⟦m 提问者：钓鱼新手小马　浏览 4510 次⟧</p>
<a class="btn">⟦l 我来回答⟧</a>
</div>
<div class="best">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="author">⟦m 老杆子 · 钓鱼领域答主 · 回答于 3 天前⟧</div>
<div class="answer-body">
{BODY}
</div>
<div class="vote">⟦l 赞同 286　反对 4　评论 17⟧</div>
</div>
<div class="others">
<h3>⟦l 其他 5 个回答⟧</h3>
<p>⟦l 壬湖边的风：马扎最实在，别整那些花里胡哨的。⟧</p>
<p>⟦l 周末钓客：野钓必须可调的，斜坡上坐马扎能滑进水里。⟧</p>
</div>
<div class="app">⟦a 打开问渠APP，查看全部回答⟧</div>
<div class="foot">⟦d 回答内容仅代表答主个人观点，不构成购买建议。⟧ ⟦m ©2025 问渠问答　京ICP证170283号⟧</div>
</body>
</html>
""",
        body="""
钓了十几年鱼，凳子换过不少，说说我的看法。
如果是在公园、鱼塘这种平整的岸边钓，折叠马扎就够用了，轻，一只手就能拎走，几十块钱。
如果常去水库、野河，岸边多是斜坡和烂泥，建议选四腿可调的钓鱼凳。四条腿能分别调高低，斜坡上也能坐平，腿底最好带宽脚垫，不容易陷进泥里。
选的时候注意三点：一是看调节腿的锁扣，买回来先坐上去左右晃一晃，锁扣不能滑；二是看承重，标称120公斤以上比较放心；三是看坐面高度，太矮了腿容易麻。
另外，带靠背的坐着舒服，但重量要多出一两斤，走远路的话自己掂量。
""",
    ),
    dict(
        slug="qa-linjia-hanging-hook-gypsum-ceiling",
        site="邻家问答 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://linjiawenda.com/question/402215",
        title="石膏板吊顶能装吊兰钩吗？会不会掉下来",
        record_title="石膏板吊顶能装吊兰钩吗？会不会掉下来 - 邻家问答",
        date=None,
        notes="Q&A text: the question with a site suffix as the record title; answerer line with a relative time; "
        "vote row and more answers below",
        page="""
!m 邻家问答 - 生活里的难题，邻居来答
!m 家居 > 装修 > 吊顶
{T}
!m 2 个回答　·　被浏览 1873 次
!a 写回答　邀请回答　关注问题
!m 装修师傅阿勇　已认证：木工　7 天前
{BODY}
!a 赞同 95 · 收藏 · 举报
!l 更多回答　吊顶里面是空的，别挂太重……
!a 在邻家问答APP中查看更多回答
!d 邻家问答的内容由网友提供，仅作参考
""",
        body="""
能装，但不能直接拧在石膏板上。石膏板本身很脆，拧个螺丝挂两三斤的东西，时间一长就会把板子撕开。
正确的做法是先找到吊顶里的龙骨。拿块磁铁在吊顶上慢慢移动，吸得住的地方就是固定龙骨的螺丝，龙骨一般三四十厘米一根。找到以后，把吊兰钩用自攻螺丝拧在龙骨上，这样挂四五斤的花盆没问题。
如果想挂的位置正好没有龙骨，可以买石膏板专用的蝴蝶膨胀螺丝，它拧进去后会在板子背面张开，受力面积大一些，但也只建议挂两斤以内的小盆。
太重的吊盆，还是建议在楼板上打孔装钩子，让吊杆穿过吊顶。
""",
    ),
]
