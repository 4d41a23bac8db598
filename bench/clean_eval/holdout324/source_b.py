"""holdout324, part B: blogs, WeChat mirrors, document-sharing pages, education portals, intranets.

Invented text, written by hand case by case; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="songzhen-blog-essay-cedar-shoe-trees-for-father",
        site="松针木屋 (invented WordPress-like blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://songzhenmuwu.example.blog/2024/12/01/xiang-zhang-xie-cheng/",
        title="给父亲的旧皮鞋做一对香樟木鞋撑",
        record_title="木工日记 · 给父亲的旧皮鞋做一对香樟木鞋撑 — 松针木屋",
        date="2024-12-01",
        notes=(
            "blog post: category prefix and blog name in the record title; the post's 发表于 line is the "
            "page's date; tag cloud, calendar, archive and comment form; a photo-rights aside glued after "
            "the last 。"
        ),
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>木工日记 · 给父亲的旧皮鞋做一对香樟木鞋撑 — 松针木屋</title>
<link rel="stylesheet" href="/wp-content/themes/pinecone/style.css">
<script src="/wp-includes/js/wp-emoji-release.min.js"></script>
</head>
<body class="single-post">
<header class="site-header">
<p class="site-title">⟦m 松针木屋⟧</p>
<p class="site-description">⟦m 一个业余木匠的刨花与笔记⟧</p>
<nav>⟦m <a>首页</a> <a>木工日记</a> <a>工具</a> <a>留言板</a> <a>关于</a>⟧</nav>
</header>
<main>
<article>
<div class="cat">⟦m 分类：木工日记⟧</div>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 发表于 2024年12月1日　作者 老松　阅读 862　评论 9⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：香樟 鞋撑 父亲 手工⟧</footer>
<nav class="post-nav">⟦l « 一块樟木板的三种用法⟧ ⟦l 冬天给工具箱上油 »⟧</nav>
</article>
<section id="comments">
<h3>⟦l 9 条留言⟧</h3>
<p>⟦l 竹篮打水：看哭了，我爸也是这样擦鞋的。⟧</p>
<p>⟦l 阿木：请问弹簧在哪里买的？⟧</p>
<form>⟦l 发表留言　昵称（必填）　邮箱（不公开）　提交⟧</form>
</section>
</main>
<aside class="sidebar">
<h4>⟦l 日历⟧</h4>
<p>⟦l 2024年十二月　一 二 三 四 五 六 日⟧</p>
<h4>⟦l 文章归档⟧</h4>
<p>⟦l 2024年十二月 (3)　2024年十一月 (5)　2024年十月 (4)⟧</p>
<h4>⟦l 标签云⟧</h4>
<p>⟦l 刨子 榫卯 香樟 木蜡油 鞋撑 小凳子 砂纸⟧</p>
</aside>
<footer class="site-footer">⟦m © 2024 松针木屋 · 自豪地采用 WordPress⟧</footer>
</body>
</html>
""",
        body="""
父亲退休前在镇上当了三十年会计，每天穿着那双黑皮鞋上班。鞋早就不穿了，可他一直收在床底下的鞋盒里，隔段时间拿出来擦一遍。
上个月回家，我看那双鞋的鞋头已经塌下去，皱得像核桃皮。父亲说，放久了没撑着，就这样了。回城后，我翻出一块攒了两年的香樟木板，照着鞋的内长画样，锯出前掌和后跟两块，中间用一根弹簧钢丝连着，能伸能缩。
前掌要顺着鞋头的弧度慢慢修，我磨了整整两个晚上，试了七八次才塞得服帖。最后没有上漆，香樟本身的味道就能防虫吸潮。
周末寄回去以后，父亲打电话说，鞋头撑起来了，“跟新的一样”。我知道不可能跟新的一样，但他高兴，我就觉得这两个晚上值了。⟦d （文中照片均为本人拍摄，转载请先留言）⟧
""",
    ),
    dict(
        slug="hemiao-teacher-blog-picture-hooks-wrapped",
        site="禾苗老师的教育随笔 (invented blog)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://hemiao-laoshi.example-blog.cn/post/20250311",
        title="教室作品墙换上挂画钩之后",
        record_title="【教室小事】教室作品墙换上挂画钩之后 | 禾苗老师的教育随笔",
        date=None,
        notes="teacher's blog as text, hard-wrapped at 58 columns; a relative update time only (no date); reading counter and comments",
        indent="\u3000\u3000",
        wrap=58,
        page="""
!m 禾苗老师的教育随笔
!m 写给一间教室的小日子
!t 【教室小事】教室作品墙换上挂画钩之后
!m 分类：教室小事　|　更新于 3 天前　|　阅读(415)
{BODY}
!l 上一篇：给三年级孩子讲“一封信的格式”
!l 下一篇：期中家长会我准备的五张幻灯片
!l 留言 4 条
!l 小满妈妈：孩子回家说自己的画“挂上墙了”，特别开心！
!a 登录后可以留言哦
""",
        body="""
开学初，我们班的作品墙一直用双面胶贴画，贴不了几天就卷边、掉落，孩子们捡起来再贴，墙皮也被撕得坑坑洼洼。
这学期我和搭班的周老师商量，在墙上钉了一排木条，木条上装了二十四个小挂画钩，每个钩子下面贴上孩子的名字。画用夹子夹在麻绳上，挂上去、取下来都很方便，换作品也不用再撕胶带。
变化比我想象的大。以前交作品，孩子们交完就忘了；现在每周五换画，大家会主动跑到自己的钩子前看一看，有的孩子还会在画背面写上一句话，说说自己画的是什么。
我也有一点体会：教室里的小设施，设计时要让孩子自己能动手。钩子装在一米二的高度，一年级的孩子踮脚也够得着，这比我们替他们贴上去，更能让他们觉得这面墙是自己的。
""",
    ),
    dict(
        slug="weiwen-mirror-police-key-chain-tracker-h1",
        site="微章存档 (invented WeChat-article mirror)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.weizhangcundang.example.com/a/ruoyuan-gongan/20250408/17",
        title="警惕！这种“钥匙链”里藏着定位器",
        record_title=None,
        date="2025-04-08",
        notes=(
            "WeChat mirror: no record title, the <h1> gives it; 原创 tag, a follow prompt glued before the "
            "first words, the account line is the page's date; 阅读原文/在看/赞 rows, a QR line and the "
            "mirror's archive note; the police station's own 值班电话 in the body beside the mirror's 商务合作 line"
        ),
        p_html='<section><p style="font-size:16px;line-height:1.75em;">{}</p></section>',
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>渃源公安 - 微章存档</title>
<script>var biz = "MzA4ODIwNTkxNw==";</script>
<meta name="description" content="公众号文章存档">
</head>
<body>
<div class="mirror-top">⟦m 微章存档 · 好文章不怕找不到⟧ <a>⟦a 搜公众号⟧</a></div>
<div id="js_article" class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">
<span class="original">⟦m 原创⟧</span>
<span>⟦m 渃源公安　2025-04-08 18:30　发表于渃源⟧</span>
</div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="qr">⟦a 长按识别二维码　关注渃源公安⟧</div>
<div class="tool">⟦a 阅读原文⟧　⟦m 阅读 1.2万⟧　⟦a 在看 87⟧　⟦a 赞 203⟧</div>
</div>
<div class="mirror-foot">
<p>⟦d 本页为公众号文章的存档副本，内容以原公众号发布为准。⟧</p>
<p>⟦m 商务合作：wzcd_bd@example.com⟧</p>
</div>
</body>
</html>
""",
        body="""
⟦a 戳上方蓝字，关注渃源公安⟧近日，城关派出所接到一名女士报警：她发现自己下班回家，前男友总能“碰巧”在小区门口等她。民警检查她随身物品时，在一个别人送的卡通钥匙链里，发现了一枚硬币大小的定位器。
民警提醒，目前网上能买到外形和普通钥匙链一模一样的定位器，充一次电能用半个月。未经他人同意私自安装定位装置，追踪他人行踪，情节严重的可能涉嫌犯罪。
怎么自查？一看重量，明显比同样大小的挂件沉；二看接缝，有没有能拧开的后盖或充电口；三用手机蓝牙搜索，看是否有不明设备。
如发现可疑定位装置，请保留物品，及时报警，或拨打城关派出所值班电话0739-6612110。
""",
    ),
    dict(
        slug="gonghao-wenzhai-hospital-magazine-racks-waiting-area",
        site="公号文摘 (invented WeChat mirror)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="text",
        source="http://gonghaowenzhai.example.cn/article/jsxrmyy/2024081901.html",
        title="候诊区的杂志架，为什么撤了又回来了？",
        record_title="候诊区的杂志架，为什么撤了又回来了？ | 湨水县人民医院 - 公号文摘",
        date="2024-08-19",
        notes=(
            "WeChat mirror as text: account line is the page's date; a star prompt glued before the "
            "salutation; 在看/阅读原文 rows; a collection tag; a photo placeholder line inside the body; "
            "the hospital's own 咨询电话 beside the mirror's contact"
        ),
        indent="",
        gap=True,
        page="""
!m 公号文摘 — 公众号文章镜像
{T}
!m 湨水县人民医院　2024年08月19日 17:52　湨水
!m 收录于合集 #院务公开 7个
{BODY}
!a 阅读原文　　分享　　在看
!m 阅读 3617
!l 往期推荐：门诊夜间开放时间调整　|　住院病人家属陪护须知
!m 镜像联系：jingxiang@gonghaowenzhai.example.cn
""",
        body="""
⟦a 星标“湨水县人民医院”，第一时间收到推送⟧各位患者朋友：
细心的朋友可能发现了，门诊二楼候诊区的杂志架前阵子撤掉了，本周又摆了回来，只是样子变了。
原来的杂志架是开放式的木架，杂志你翻我翻，很难清洁，院感科检查时多次提出整改意见，医院就先撤了下来。可不少患者反映，候诊时间长，没东西看，老人也不会用手机。
⟦m [图片]⟧
经过一个多月准备，新杂志架换成了可擦拭的金属架，只摆放覆膜的健康科普手册和每周更换的报纸，每天由保洁员用消毒湿巾擦拭两次，每周整体消毒一次。
如果您对候诊区服务还有建议，可拨打门诊部咨询电话0728-5531206，或在门诊服务台留言。
""",
    ),
    dict(
        slug="gongxiangge-doc-tie-rack-locker-rules-doc",
        site="共享阁文档网 (invented document-sharing site)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="html",
        source="https://www.gongxiangge.example.com/doc/3390571.html",
        title="客房部员工更衣室领带架使用管理规定",
        record_title="客房部员工更衣室领带架使用管理规定.doc",
        date=None,
        notes=(
            "sharing page: file-name record title, an upload notice, a points lock, a service WeChat line; "
            "rules with 第N条 articles that speak of 扫码; an effective clause only, no date"
        ),
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>客房部员工更衣室领带架使用管理规定.doc-共享阁文档网</title>
<script src="/static/js/doc-reader.js?v=3.2"></script>
</head>
<body>
<div class="hd">⟦m 共享阁文档网 · 文档共享平台⟧　<a>⟦a 上传文档⟧</a>　<a>⟦a 登录⟧</a></div>
<div class="crumb">⟦m 共享阁 &gt; 行业资料 &gt; 酒店管理 &gt; 制度规范⟧</div>
<div class="doc-head">
<h1>⟦t 客房部员工更衣室领带架使用管理规定.doc⟧</h1>
<p class="doc-info">⟦m 文档星级：★★★★☆　所需积分：5　共2页⟧</p>
<p class="uploader">⟦m 分享者：前厅小筑　上传时间：2025-03-27⟧</p>
</div>
<div class="doc-body">
<h2>{T}</h2>
{BODY}
</div>
<div class="doc-lock">⟦a 积分不足5分，暂不能下载原文，签到或上传文档可赚积分⟧</div>
<div class="notice">⟦d 温馨提示：本站文档均由用户分享，共享阁仅提供存储和展示服务，若有侵权请联系删除。⟧</div>
<div class="service">⟦w 找不到想要的资料？添加客服微信 gxg_kefu09 帮您找⟧</div>
<div class="rec">
<h3>⟦l 同分类热门⟧</h3>
<p>⟦l 酒店员工仪容仪表规范（2024版）⟧</p>
<p>⟦l 客房部布草间管理制度⟧</p>
</div>
<div class="ft">⟦m 共享阁文档网　粤ICP备18066501号⟧</div>
</body>
</html>
""",
        body="""
第一条　为规范员工更衣室管理，保持工服领带整洁，根据酒店员工仪容仪表规范，制定本规定。
第二条　更衣室按班组设置壁挂式领带架，每名员工使用一个编号挂位，编号与更衣柜号一致。
第三条　领带下班后应解开挂回本人挂位，不得打结悬挂，不得塞入更衣柜或随意放在长凳上。
第四条　领带架每周由客房部指定专人清点一次，员工离职时须将领带交回，由管理员扫码登记回收。
第五条　领带污损、勾丝的，员工应在当班交接时报告，到布草间以旧换新；私自带离酒店造成遗失的，按工服赔偿标准处理。
第六条　本规定由客房部负责解释，自发布之日起施行。
""",
    ),
    dict(
        slug="zufang-wenshu-contract-wall-hooks-template-blanks",
        site="租房文书网 (invented)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="text",
        source="http://www.zufangwenshu.example.cn/hetong/buchong/2209.html",
        title="房屋租赁合同墙面使用补充条款",
        record_title="房屋租赁合同墙面使用补充条款（挂画钩、置物架适用）【打印即用】 - 租房文书网",
        date=None,
        notes=(
            "a contract template with ＿＿ blanks, ×× placeholders and ＿＿年＿＿月＿＿日; 第N条 articles; "
            "a download counter and a print button around it; no date"
        ),
        indent="\u3000\u3000",
        page="""
!m 租房文书网　租房合同 · 收据 · 交接清单 免费用
!m 首页 > 合同范本 > 补充协议
!t 房屋租赁合同墙面使用补充条款（挂画钩、置物架适用）
!m 已被下载 9471 次　　适用：个人出租 / 合租
!a 〔一键打印〕　〔存为Word〕
{T}
{BODY}
!a 〔一键打印〕　〔存为Word〕　〔纠错反馈〕
!l 配套文书：房屋交接物品清单　|　押金收据模板　|　退租结算单
!d 本站范本仅供参考，签订前请结合实际情况修改，必要时咨询专业律师。
""",
        body="""
出租方（甲方）：＿＿＿＿＿＿　承租方（乙方）：＿＿＿＿＿＿
经甲乙双方协商，就××市××区××路××号房屋墙面使用事项，在原租赁合同基础上补充约定如下：
第一条　乙方可在客厅、卧室墙面安装挂画钩，总数不超过＿＿个，单个挂件重量不超过＿＿公斤。
第二条　乙方应优先使用免钉挂画钩；确需打孔的，应事先告知甲方，不得在承重墙、卫生间墙面和埋有管线的位置打孔。
第三条　退租时，乙方应自行拆除挂画钩，免钉挂钩残胶应清理干净；打孔处由乙方修补，或按每孔＿＿元从押金中扣除。
第四条　本条款未约定事项，按原租赁合同执行。本条款一式两份，甲乙双方各执一份。
甲方（签字）：＿＿＿＿　乙方（签字）：＿＿＿＿
＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="jushui-edu-notice-reading-corner-magazine-racks",
        site="湨水县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jyj.jushui.example.gov.cn/tzgg/202409/t20240904_92137.html",
        title="关于开展中小学班级图书角杂志架安全检查的通知",
        record_title="【局发通知】关于开展中小学班级图书角杂志架安全检查的通知 - 湨水县教育局",
        date="2024-09-02",
        date_also=["2024-09-04"],
        notes=(
            "education bureau: 适老版/读屏 row, an attachment download link beside the body's own 附件 line, "
            "the bureau's 联系人/电话/邮箱 beside the site's technical-support line; a numbered list; "
            "成文日期 and the page's posting date (also accepted)"
        ),
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【局发通知】关于开展中小学班级图书角杂志架安全检查的通知 - 湨水县教育局</title>
<script src="/js/aria-reader.js"></script>
</head>
<body>
<div class="top">
<span>⟦m 湨水县教育局⟧</span>
<a>⟦a 适老版⟧</a> <a>⟦a 读屏⟧</a> <a>⟦a 英文版⟧</a>
</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 机构概况⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 教育资讯⟧</li><li>⟦m 办事服务⟧</li></ul>
<div class="pos">⟦m 当前所在：首页 › 通知公告⟧</div>
<div class="article">
<h2>{T}</h2>
<p class="meta">⟦m 发布人：安全科　发布时间：2024-09-04　点击量：1137⟧</p>
<div class="content">
{BODY}
</div>
<div class="fujian">⟦a 附件下载：图书角杂志架安全检查表.xlsx（18KB）⟧</div>
</div>
<div class="foot">
<p>⟦m 湨水县教育局主办　地址：湨水县育才路6号⟧</p>
<p>⟦m 网站技术支持：0728-5509880（工作日）⟧</p>
<p>⟦m 鄂ICP备15020741号-1⟧</p>
</div>
</body>
</html>
""",
        body="""
各中小学校、幼儿园：
近期，个别学校班级图书角杂志架出现倾倒、层板脱落现象，存在砸伤学生隐患。为确保秋季开学安全，县教育局决定在全县开展班级图书角杂志架安全检查。现将有关事项通知如下。
一、检查内容
1.杂志架是否与墙体或地面可靠固定，高度超过1.2米的是否加装防倾倒装置。
2.层板、挂钩是否松动，金属边角是否有毛刺、锐角。
3.摆放位置是否占用疏散通道，是否紧挨电源插座。
二、时间安排
9月10日前各校完成自查，9月20日前县教育局组织抽查。
三、工作要求
各校要逐班填写检查表，发现隐患立即整改，9月12日前将检查表电子版报县教育局安全科。
联系人：孔令宜　电话：0728-5507314　邮箱：jsxjyjaqk@example.cn
附件：图书角杂志架安全检查表
湨水县教育局
2024年9月2日
""",
    ),
    dict(
        slug="guangyang-tourism-school-dorm-tie-racks-notice",
        site="洸阳市旅游职业学校 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.gylyzx.example.cn/xsc/tzgg/2025/0224/1188.html",
        title="关于为学生宿舍统一配置领带架的通知",
        record_title="关于为学生宿舍统一配置领带架的通知_学生处_洸阳市旅游职业学校",
        date="2025-02-24",
        notes=(
            "a vocational school page as text: department suffix in the record title; sentences asking class "
            "teachers to 下载 a diagram are content; 学生处's own phone beside the school switchboard"
        ),
        indent="",
        page="""
!m 洸阳市旅游职业学校
!m 学校首页｜学校概况｜专业建设｜学生工作｜招生就业
!m 位置：学生工作 → 学生处 → 通知公告
{T}
!m 作者：学生处　日期：2025-02-24　浏览：608
{BODY}
!a 【打印】【返回上页】
!m 学校地址：洸阳市滨河南路211号　总机：0913-3350100
!m Copyright 2025 洸阳市旅游职业学校　陕ICP备07004411号
""",
        body="""
各班主任、宿舍管理员：
我校酒店服务与管理、高星级饭店运营等专业学生实训时须佩戴领带，宿舍内领带随意搭放、折痕严重的情况较为普遍。为规范学生仪容仪表养成，学校决定为学生宿舍统一配置领带架。现将有关事项通知如下。
一、配置范围：3号、5号学生公寓全部宿舍，每间宿舍安装门后挂式领带架1个，共216个。
二、安装时间：3月3日至3月7日，由后勤处统一安装，安装期间请宿舍成员配合开门。
三、使用要求：领带应挂放整齐，不得悬挂其他杂物；宿舍检查将领带架使用情况纳入内务评分。
请各班主任登录校园平台下载附件中的安装位置示意图，提前告知学生。
联系人：学生处　汤老师　电话：0913-3350126
洸阳市旅游职业学校学生处
2025年2月24日
""",
    ),
    dict(
        slug="wanshan-shoemat-oa-bulletin-drying-room-flow",
        site="岏山鞋材有限公司协同办公平台 (invented intranet)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="html",
        source="http://oa.wanshan-xiecai.example.local/doc/view?id=20250417008",
        title="关于鞋撑烘干房温控失常导致批次返工的通报",
        record_title="〔内部通报〕关于鞋撑烘干房温控失常导致批次返工的通报 - 协同办公平台",
        date="2025-04-16",
        notes=(
            "OA document view: 流转记录, read count and a 标记已阅 button; the 文号 line is neutral; a loss "
            "table one row a paragraph; 抄送 line in the body; 成文日期"
        ),
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔内部通报〕关于鞋撑烘干房温控失常导致批次返工的通报 - 协同办公平台</title>
<script src="/static/oa/flow.js"></script>
</head>
<body>
<div class="oa-top">⟦m 岏山鞋材协同办公平台⟧　⟦m 当前用户：生产部 何晓⟧　<a>⟦a 退出⟧</a></div>
<div class="oa-menu">⟦m 待办事项　已办事项　公文管理　通知公告　通讯录⟧</div>
<div class="oa-path">⟦m 公文管理 / 收文 / 公文查看⟧</div>
<div class="doc-view">
<div class="doc-no">岏鞋质〔2025〕9号</div>
<h2>{T}</h2>
<div class="doc-text">
{BODY}
</div>
<div class="read">⟦m 已阅 47 人　未阅 6 人⟧　<button>⟦a 标记已阅⟧</button></div>
<div class="flow">
<h4>⟦l 流转记录⟧</h4>
<p>⟦l 2025-04-16 15:20　质量部 郑岚　拟稿⟧</p>
<p>⟦l 2025-04-17 09:02　副总经理 沈立　审核同意⟧</p>
<p>⟦l 2025-04-17 10:41　办公室 贾楠　分发⟧</p>
</div>
</div>
<div class="oa-foot">⟦d 仅限内部查阅，不得外传⟧　⟦m IT服务台：分机 8000⟧</div>
</body>
</html>
""",
        body="""
各部门、各车间：
4月12日夜班，鞋撑车间2号烘干房温控仪传感器故障，显示温度比实际低约15℃，值班人员未按规定每两小时人工测温，导致当班烘干的香樟木坯过度干燥、开裂变形，整批返工。现将有关情况通报如下。
批次　数量（双）　处理结果
WS250412-1　3200　返工2100双，报废1100双
WS250412-2　2800　返工1950双，报废850双
此次事件造成直接损失约3.6万元。经调查，值班员邹某未履行人工测温职责，班组长对交接记录审核不严。公司决定对邹某给予书面警告，扣减当月绩效；对班组长进行通报批评。
各车间要举一反三，对烘干、喷涂等关键工位的仪表逐台校验，4月30日前报质量部。
岏山鞋材有限公司质量部
2025年4月16日
抄送：总经理，各副总经理。
""",
    ),
    dict(
        slug="cuihu-wenchuang-intranet-minutes-key-chain-review",
        site="漼湖文创集团内网 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://intra.cuihu-wenchuang.example.local/notice/2025/0227-03",
        title="文创钥匙链新品评审会会议纪要",
        date="2025-02-26",
        date_also=["2025-02-27"],
        notes=(
            "intranet page as text: the record title as is; the minutes' 时间/地点/主持/参会/记录 lines; "
            "the meeting date in the 时间 line (the page's entry date also accepted); the recorder's extension "
            "beside the IT desk line; a vote count"
        ),
        indent="",
        page="""
!m 漼湖文创集团 · 内部信息门户
!m 首页 ▸ 通知公告 ▸ 会议纪要
!d 内部文件，注意保密
{T}
!m 发文部门：产品研发部　录入：2025-02-27　阅读：88
{BODY}
!a 〔下载附件〕　〔转发同事〕　〔加入我的收藏〕
!m 系统问题请联系信息中心 分机 6600
""",
        body="""
时间：2025年2月26日下午2:30
地点：集团三楼会议室
主持：产品研发部经理　葛云舟
参会：设计中心、采购部、营销部、质量部负责人及设计师代表
记录：研发部　阮小禾（分机6213）
会议对设计中心提交的“漼湖八景”系列文创钥匙链6款设计稿进行了评审，形成以下意见：
一、通过“湖心亭”“柳浪桥”“渔舟晚归”“古塔”4款，进入打样环节。参会9人中，同意7人，弃权2人。
二、“莲叶”“白鹭”2款因细部过薄、儿童使用易折断，退回修改后再评。
三、钥匙链材质统一采用黄铜镀层加珐琅，挂扣改为防脱弹簧扣，包装背卡印制扫码购买的小程序码。
四、采购部3月10日前完成打样询价，质量部同步制定小零件拉力测试标准。
""",
    ),
]
