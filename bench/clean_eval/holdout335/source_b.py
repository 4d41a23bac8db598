"""holdout335, part B: blogs, WeChat mirrors, document-sharing sites, education portals, intranets.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
Every case written by hand.
"""

CASES = [
    dict(
        slug="blog-xiaoman-food-scissors-three-standards",
        site="小满的厨房笔记 (invented, WordPress-like blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://xiaoman-kitchen.blog/2024/02/18/fushi-jian/",
        title="我给女儿挑辅食剪的三个标准",
        record_title="【厨房杂记】我给女儿挑辅食剪的三个标准 · 小满的厨房笔记",
        date="2024-02-18",
        notes="blog page: tag cloud, archive, calendar, comment form; the bracketed post time is the page's date; "
        "a tip-jar line glued after the last sentence; a 'not an ad' aside between paragraphs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>【厨房杂记】我给女儿挑辅食剪的三个标准 · 小满的厨房笔记</title>
<link rel="stylesheet" href="/wp-content/themes/lane/style.css">
</head><body class="single">
<header id="masthead"><p class="site-title">⟦m 小满的厨房笔记⟧</p><p class="site-description">⟦m 一个上班族妈妈的灶台日常⟧</p>
<nav>⟦m 首页　辅食　家常菜　烘焙　关于我⟧</nav></header>
<main>
<article>
<h2 class="entry-title">{T}</h2>
<div class="entry-meta">⟦m [2024-02-18 21:36] 分类：辅食⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：辅食工具 宝宝餐具 十个月⟧</footer>
</article>
<nav class="post-nav">⟦l ← 十个月宝宝一周辅食表⟧　⟦l 蒸锅和料理机到底买哪个 →⟧</nav>
<section id="comments"><h3>⟦l 2 条评论⟧</h3>
<p>⟦l 豆豆娘：圆头那条说到心坎里了，上次差点戳到孩子⟧</p>
<p>⟦l 小满 回复：是呀，别省这点钱⟧</p>
<form>⟦a 发表评论（邮箱不会被公开，必填项已用*标注）⟧</form></section>
</main>
<aside id="secondary">
<section><h4>⟦l 标签云⟧</h4>⟦l 辅食 米糊 蒸蛋 餐具 过敏 断奶⟧</section>
<section><h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2024年二月 (6)⟧</li><li>⟦l 2024年一月 (9)⟧</li></ul></section>
</aside>
<footer id="colophon">⟦d 本博客文字与图片均为原创，转载请先留言⟧ ⟦m 自豪地由 WordPress 驱动⟧</footer>
</body></html>
""",
        body="""
女儿十个月，开始吃小块软饭和烂面条，我在网上挑辅食剪挑了整整一个星期。把踩过的坑整理一下，算是给新手妈妈们的一点参考。
第一个标准，刀刃材质。一定要看清是不是食品级不锈钢，有的便宜货刀刃一用就生锈，还有股铁腥味。
第二个标准，刀头形状。我最后选了圆头的，出门在外从包里掏出来也不怕划到孩子的手。
⟦m 注：本文不含任何推广，产品都是自己买的⟧
第三个标准，能不能拆开洗。辅食剪剪过肉糜和面条，缝隙里很容易藏东西。能拆成两片的剪刀，每次用完拿开水一烫就干净了。
最后提醒一句，辅食剪是孩子专用的，千万别拿来剪包装袋，我家就是分开挂在两个挂钩上。⟦a 觉得有用，请小满喝杯豆浆⟧
""",
    ),
    dict(
        slug="blog-jiuyanxia-memoir-wooden-end-cap-wrapped",
        site="旧檐下 (invented, personal blog)",
        style="博客",
        genre="回忆散文",
        kind="other",
        form="text",
        source="http://jiuyanxia.blog.example.cn/archives/316",
        title="父亲削的木头堵头",
        record_title="〔老屋旧物记〕父亲削的木头堵头 ‖ 旧檐下",
        date=None,
        notes="memoir hard-wrapped at 56 columns; no date (only a 'last modified' stamp and a season); "
        "read count and category line at the top, previous/next and comment count at the bottom",
        page="""
!m 旧檐下 —— 记些老房子里的事
!t 〔老屋旧物记〕父亲削的木头堵头
!m 分类：老屋旧物记　｜　阅读(289)　｜　最后修改于 11 个月前
{BODY}
!l ‹ 上一篇：外婆的竹晾衣叉
!l 下一篇：楼道里的那盏声控灯 ›
!l 评论(4)　｜　引用通告
!d 旧檐下文字未经许可请勿转载
""",
        wrap=56,
        indent="\u3000\u3000",
        body="""
我家老屋的阳台外，横着一根父亲自己装的镀锌管，是全家晾衣服的地方。管子两头原本是空的，一到冬天，北风灌进去，呜呜地响，像有人在吹口哨。
有一年，晾在最外头的一件棉袄被风吹得滑出了管口，掉到楼下的煤棚顶上。父亲没说什么，第二天找来一截槐木，蹲在门口用小刀削了一下午，削出两个圆锥形的木塞，一头粗一头细，正好塞进管口。
后来我才知道，这东西有个名字，叫晾衣杆堵头。商店里卖的是塑料的，几毛钱一个，可父亲削的那对木头堵头，在我家阳台上用了十几年，漆掉了就再刷一遍。
去年老屋拆迁，我特意把那两个堵头拧了下来，如今摆在书架上。它们不值钱，却替我记着父亲弯腰削木头的样子。
""",
    ),
    dict(
        slug="wechat-tianchuan-hospital-pacifier-h1-follow-glued",
        site="号内文摘 (invented, WeChat article mirror)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://haonei.example.com/a/tianchuan-fuyou/20240409-1.html",
        title="安抚奶嘴用对了吗？儿科医生提醒这五点",
        record_title=None,
        date="2024-04-09",
        notes="no title in the record: the mirror's <h1>; a follow prompt glued before the first words; the "
        "account line's date is the page's date; 阅读原文/在看 rows, a QR line and the mirror's archive note; "
        "the hospital's own 咨询电话 in the body",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>号内文摘 - 公众号文章存档</title>
</head><body>
<div class="mirror-bar">⟦m 号内文摘 · 公众号文章存档⟧ <a>⟦a 换一篇⟧</a></div>
<div id="js_article">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">⟦m 原创　阗川县妇幼保健院　2024年4月9日 08:30　阗川⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="qr">⟦a 长按识别二维码，预约儿保门诊不排队⟧</div>
<div class="tool">⟦a 阅读原文⟧　⟦m 阅读 2861⟧　⟦a 在看 37　分享 收藏⟧</div>
</div>
<div class="mirror-foot">⟦d 本页内容由号内文摘自动存档，版权归原公众号所有⟧</div>
</body></html>
""",
        body="""
⟦a 点击上方“阗川县妇幼保健院”，设为星标不迷路⟧很多家长问：宝宝能不能用安抚奶嘴？用了会不会影响牙齿？今天请儿童保健科的医生给大家讲一讲。
一、满月后再用。母乳喂养的宝宝，最好等吃奶规律了再用，以免混淆乳头。
二、别蘸糖水蜂蜜。有的老人为了让孩子安静，把奶嘴蘸上糖水，这样容易引起龋齿，一岁以内的宝宝吃蜂蜜还有中毒风险。
三、每天检查。使用前拉一拉奶嘴头，发现变黏、裂口、变色就要马上换掉。
四、不挂在脖子上。防丢链不要太长，更不能用绳子绕在孩子脖子上。
五、两岁前后逐步戒掉。长期使用可能影响牙齿咬合，家长要提前做好准备。
如有疑问，可拨打儿童保健科咨询电话0726-5531207。
""",
    ),
    dict(
        slug="wechat-mengyuan-pledge-carrier-share-as-content",
        site="檬苑社区公众号镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://wxmirror.example.net/s/mengyuan-sq/2024-10-14",
        title="关于安全使用婴儿背带的倡议书",
        record_title="【檬苑倡议】关于安全使用婴儿背带的倡议书（请转给家里带娃的人）",
        date="2024-10-12",
        date_also=["2024-10-14"],
        notes="WeChat mirror as text: the account line's date differs from the 成文日期 (both accepted); "
        "a sentence asking readers to share the pledge stays; a 'tap to follow' row and 在看 row at the bottom",
        page="""
!m 檬苑社区
!m 2024-10-14 07:50　檬苑社区　庚州
!t 【檬苑倡议】关于安全使用婴儿背带的倡议书（请转给家里带娃的人）
{BODY}
!a 点一下“在看”，让更多家长看到
!a 赞赏作者　｜　写留言
!m 檬苑社区居委会　服务电话见菜单栏“找居委”
!d 转存自公众号“檬苑社区”，仅作存档，不代表本站观点
""",
        body="""
辖区各位新手爸爸妈妈：
天气转凉，不少家长喜欢用婴儿背带带孩子出门散步、买菜。背带用得好，解放双手；用得不好，也可能给孩子带来伤害。为此，檬苑社区向大家发出如下倡议：
一是选购合格产品。购买时查看产品标签和执行标准，不买来路不明的“三无”背带。
二是学会正确背法。孩子的脸要露在外面，保持“看得见、亲得到”，腿部呈自然的M形。
三是出行注意安全。使用背带时不做饭、不骑电动车，弯腰捡东西时一手扶住孩子。
四是互相提醒。看到邻居背法不对时，友善地提醒一句。也欢迎大家把这份倡议分享到家庭群、朋友圈，让更多家庭看到。
檬苑社区居民委员会
2024年10月12日
""",
    ),
    dict(
        slug="docshare-zhongxiang-request-end-caps-dorm",
        site="众享文档 (invented, document-sharing reader)",
        style="文档分享",
        genre="请示",
        kind="request",
        form="html",
        source="https://www.zhongxiangdoc.com/p-39127705.html",
        title="关于更换学生公寓晾衣杆堵头的请示",
        record_title="【后勤文稿】关于更换学生公寓晾衣杆堵头的请示-众享文档",
        date="2024-03-05",
        notes="sharing reader: star rating, points lock, an upload notice glued after the last sentence, the "
        "service WeChat beside the request's own 联系人/电话; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【后勤文稿】关于更换学生公寓晾衣杆堵头的请示-众享文档</title>
</head><body>
<div class="top">⟦m 众享文档⟧ <span>⟦m 好文档 大家享⟧</span> <a>⟦a 上传赚积分⟧</a> <a>⟦a 登录｜免费注册⟧</a></div>
<div class="path">⟦m 众享文档 › 办公文档 › 请示报告⟧</div>
<div class="docinfo"><h1>{T}</h1>
<p>⟦m 评分：★★★★☆ 4.2分（19人评）　2页　上传时间：2024-04-02⟧</p></div>
<div class="docbody">
{BODY}
</div>
<div class="lock">⟦a 本文需消耗3积分下载，积分不足可签到领取⟧</div>
<div class="kf">⟦w 文档问题请联系众享客服，微信：zxdoc_kefu01⟧</div>
<div class="more">⟦l 相似文档推荐：学生宿舍维修经费请示 ／ 后勤集团年度采购计划⟧</div>
<div class="foot">⟦m 众享文档 zhongxiangdoc.com　苏ICP备18066271号⟧</div>
</body></html>
""",
        body="""
学校：
我校北区4栋学生公寓共有阳台晾衣杆1120根，已使用八年，两端塑料堵头普遍老化开裂。今年以来，已有3个堵头从五楼以上掉落，所幸未伤及行人。为消除高空坠物隐患，拟对全部晾衣杆堵头进行更换，具体如下：
一、更换数量。晾衣杆堵头2240个，选用带卡扣的加厚橡胶堵头，单价3.5元，合计7840元。
二、施工安排。利用寒假后开学前的周末，由后勤维修班分楼栋完成，不影响学生正常生活。
三、经费来源。从学校年度维修经费中列支。
以上请示当否，请批示。
联系人：后勤管理处　邬振东，电话：0728-3105562。
庚州职业技术学院后勤管理处
2024年3月5日⟦d 此文档由网友“蓝桉”上传，仅供交流，如有侵权请联系删除⟧
""",
    ),
    dict(
        slug="docshare-qishufang-contract-template-food-scissors-doc",
        site="契书坊 (invented, template-sharing site)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.qishufang.cn/doc/hetong/caigou/77180.html",
        title="辅食剪采购合同（范本）",
        record_title="辅食剪采购合同（范本）.doc",
        date=None,
        notes="file-name title (.doc); a contract template with ×× placeholders, ＿＿ blanks, 第N条 articles "
        "and ＿＿年＿＿月＿＿日: no date; an upload notice, a points prompt, a template-customisation WeChat",
        page="""
!m 契书坊 · 合同范本共享
!m 首页 > 合同范本 > 采购合同
!t 辅食剪采购合同（范本）.doc
!m 贡献者：老纪的文件夹　｜　1页　｜　上传于 2024-05-07
!d 契书坊所有范本由用户上传，仅供参考，使用前请咨询专业人士
{BODY}
!a 下载此范本需5个积分　｜　加入收藏夹
!w 范本定制、合同审核，加微信 qishu_fw88 咨询
!l 相关范本：母婴用品代销协议 ｜ 幼儿园餐具采购合同
""",
        body="""
甲方（采购方）：××托育中心
乙方（供货方）：××母婴用品有限公司
第一条　甲方向乙方采购不锈钢辅食剪＿＿把，单价＿＿元，合计金额＿＿元（大写：＿＿＿＿）。
第二条　乙方提供的辅食剪须为食品级不锈钢材质，刀头为圆头设计，附产品合格证及检测报告。
第三条　乙方应于合同签订后＿＿日内送货至甲方指定地点，运费由乙方承担。
第四条　甲方收货后当场验收，发现刀刃生锈、卡扣松动等质量问题的，乙方应无条件调换。
第五条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
＿＿年＿＿月＿＿日　　＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="edu-tunshan-notice-food-scissors-disinfection",
        site="囤山教育信息网 (invented, district education bureau)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.tunshan.gov.cn/yygl/202411/t20241106_30218.html",
        title="关于加强托幼机构辅食剪等婴幼儿餐具消毒管理的通知",
        record_title="关于加强托幼机构辅食剪等婴幼儿餐具消毒管理的通知 - 园所管理 - 囤山教育信息网",
        date="2024-11-04",
        date_also=["2024-11-06"],
        notes="education portal: 适老版/读屏 links, attachment download link; the bureau's own 联系人/电话/邮箱 "
        "beside the site's technical-support line; 附件 list and a sentence telling units to 下载 the attachment; "
        "文号 line neutral; site date also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于加强托幼机构辅食剪等婴幼儿餐具消毒管理的通知 - 园所管理 - 囤山教育信息网</title>
</head><body>
<div class="header"><div class="logo">⟦m 囤山教育信息网⟧</div><div class="tool">⟦a 适老版⟧ ⟦a 读屏⟧ ⟦a 站内搜索⟧</div></div>
<div class="menu">⟦m 首页 ｜ 教育新闻 ｜ 园所管理 ｜ 招生考试 ｜ 办事指南⟧</div>
<div class="where">⟦m 位置：首页 » 园所管理 » 正文⟧</div>
<div class="article">
<h1>{T}</h1>
<p class="sub">⟦m 来源：区教育局学前教育科　更新日期：2024-11-06　阅读：652⟧</p>
<p class="wh">囤教学前〔2024〕9号</p>
{BODY}
<p class="fj">⟦a 附件下载：托幼机构餐具消毒记录表.xls（37KB）⟧</p>
</div>
<div class="sidebar"><h4>⟦l 园所管理 · 最新⟧</h4><p>⟦l 2024年秋季托幼机构卫生保健检查安排⟧</p></div>
<div class="footer">⟦m 庚州市囤山区教育局主办　网站技术支持：0728-3390012⟧<br>⟦m 鄂ICP备13017725号⟧</div>
</body></html>
""",
        body="""
各幼儿园、托育机构：
近期，我局在卫生保健检查中发现，部分园所的辅食剪、研磨碗等婴幼儿餐具存在与成人餐具混用、消毒记录缺失等问题。为保障婴幼儿饮食安全，现就有关事项通知如下。
一、专具专用。辅食剪应按班级配备，标注班级名称，不得用于剪切生肉或拆包装。
二、每餐消毒。辅食剪使用后应拆开清洗，采用煮沸或蒸汽消毒，保洁柜存放，并如实填写消毒记录。
三、定期更换。刀刃生锈、铆钉松动的辅食剪应及时报废更换。
请各单位下载附件中的记录表，自12月1日起统一使用。
联系人：学前教育科　温雅琪，电话：0728-3391146，邮箱：tsxqk@tunshan-edu.cn。
附件：托幼机构餐具消毒记录表
庚州市囤山区教育局
2024年11月4日
""",
    ),
    dict(
        slug="edu-danshui-school-dorm-door-sensor-notice",
        site="郸水县实验中学 (invented, school site)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.dssyzx.edu.cn/xygg/2024/0902/1187.html",
        title="关于学生宿舍安装门磁报警装置的通知",
        record_title="〖宿管通知〗关于学生宿舍安装门磁报警装置的通知_郸水县实验中学",
        date="2024-09-02",
        notes="school site as text: a repeated title glued before the addressee line; the school's own "
        "宿管 phone beside the site's webmaster line; 成文日期 = posting date",
        page="""
!m 郸水县实验中学　　校训：勤学　笃行
!m 网站首页 → 校园公告 → 宿舍管理
!m 发布者：政教处　时间：2024-09-02　点击：1204
{BODY}
!a 【打印此文】【收藏】【返回列表】
!l 上一条：2024年秋季学期新生入学须知
!l 下一条：关于开展宿舍消防疏散演练的通知
!m 学校地址：郸水县城关镇文昌路66号　网站维护：0319-8826017
""",
        body="""
⟦t 关于学生宿舍安装门磁报警装置的通知⟧各班主任、全体住校生：
为加强学生宿舍安全管理，学校利用暑假在男女生宿舍楼各楼层的安全出口、楼顶天台门安装了门磁报警装置。现将有关事项通知如下：
一、门磁报警装置在晚上10点至次日早上6点自动布防。布防期间安全出口门被打开，宿管值班室和学校保卫处将同时收到报警。
二、学生不得私自拆卸、遮挡门磁，不得用磁铁等物品干扰门磁工作，违者按校纪处理。
三、遇火灾等紧急情况，学生可直接推开安全出口门疏散，不受布防影响。
四、发现门磁损坏或误报，请及时告知宿管老师。宿管值班电话：0319-8826133。
郸水县实验中学政教处
2024年9月2日
""",
    ),
    dict(
        slug="oa-shoumenren-minutes-door-sensor-quality",
        site="守门人安防科技协同办公平台 (invented, OA document view)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.shoumenren-tech.local/doc/view?id=20240619-031",
        title="门磁产品质量分析会会议纪要",
        record_title="〔质量部〕门磁产品质量分析会会议纪要 — 守门人协同办公",
        date="2024-06-19",
        notes="OA document view: 流转记录, read count, a 标记已阅 button; the minutes' 时间/地点/主持/参会/记录 "
        "lines stay in the body and the 时间 line gives the date; decimal-free numbered decisions",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔质量部〕门磁产品质量分析会会议纪要 — 守门人协同办公</title>
</head><body>
<div class="oa-top">⟦m 守门人协同办公⟧ <span>⟦m 欢迎您，仲文博（研发中心）⟧</span> <a>⟦a 退出⟧</a></div>
<div class="oa-menu">⟦m 待办　已办　公文　会议　通讯录⟧</div>
<div class="doc-head"><h2>{T}</h2>
<p>⟦m 拟稿：质量部 倪思远　密级：内部　阅读 58 次⟧</p></div>
<div class="doc-body">
{BODY}
</div>
<div class="doc-btn">⟦a 标记已阅⟧ ⟦a 转发⟧ ⟦a 转成PDF⟧</div>
<div class="flow"><h4>⟦l 流转记录⟧</h4>
<p>⟦l 2024-06-19 17:02 倪思远 发起⟧</p>
<p>⟦l 2024-06-20 09:15 时建安 审核通过⟧</p>
<p>⟦l 2024-06-20 10:40 分发至研发中心、生产部、采购部⟧</p></div>
<div class="oa-foot">⟦d 内部资料，严禁外传⟧ ⟦m IT服务台分机：8000⟧</div>
</body></html>
""",
        body="""
时间：2024年6月19日14:30
地点：公司三楼质量会议室
主持：时建安（质量副总）
参会：研发中心、生产部、采购部、质量部、售后服务部负责人
记录：倪思远
会议听取了质量部关于二季度门磁产品售后问题的分析汇报。二季度共收到门磁返修1362台，其中磁铁脱落占41%，误报占33%，电池仓接触不良占18%。经讨论，会议议定如下事项：
一、磁铁脱落问题。采购部7月起更换双面胶供应商，质量部增加高温剥离测试。
二、误报问题。研发中心优化间距判定算法，7月15日前提交新版固件。
三、电池仓问题。生产部对弹片焊接工位开展专项培训，每班抽检20台。
各部门于7月底前将整改情况报质量部汇总。
""",
    ),
    dict(
        slug="intranet-linshuang-bulletin-pacifier-silicone-docx",
        site="鳞塘硅胶制品厂内网 (invented)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://10.8.1.20/gonggao/2024/0523.html",
        title="关于奶嘴硅胶批次抽检不合格的内部通报",
        record_title="关于奶嘴硅胶批次抽检不合格的内部通报.docx",
        date="2024-05-23",
        notes="file-name title (.docx); intranet page as text: a login line, an attachment download line and "
        "a read-count line; a table of batches; 成文日期 under the signature",
        page="""
!m 鳞塘硅胶制品厂 · 内部信息门户
!m 当前用户：车间三组　｜　退出登录
!t 关于奶嘴硅胶批次抽检不合格的内部通报.docx
!a 在线预览 ｜ 下载原件 ｜ 打印
{BODY}
!m 已阅 86 人　｜　未阅 14 人
!d 本通报仅限厂内传阅，请勿拍照外传
!m 信息中心维护　内线 6021
""",
        body="""
各车间、各部门：
5月20日，质检科对安抚奶嘴生产线使用的液态硅胶进行入厂复检，发现两个批次拉伸强度不达标。具体情况如下：
批次号　检测项目　结果
LT240512　拉伸强度　不合格
LT240516　拉伸强度　不合格
经调查，问题原因是供应商更换原料配方后未及时告知，仓库收货时也未按规定核对检测报告。
对此，作出如下处理：两个批次硅胶全部退货，已用该批次生产的奶嘴1.8万只全部隔离、不得出厂；对仓库收货员和当班质检员予以通报批评。
各部门要引以为戒，严格执行原料入厂检验制度。
鳞塘硅胶制品厂质量管理部
2024年5月23日
""",
    ),
]
