"""holdout267, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP, 公考论坛 (one HTML and one text page each).

Every document, site, place, person, number and URL here is invented; see ../README.md and
../build.py for the markup.
"""

CASES = [
    dict(
        slug="yangquan-community-notice-old-washstands-stairwell",
        site="漾泉社区服务网 (invented, residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.yangquansq.cn/tzgg/2024/0408/226.html",
        title="关于集中清理楼道堆放旧洗脸架等废旧家具的通知",
        record_title="【楼道整治】关于集中清理楼道堆放旧洗脸架等废旧家具的通知 - 漾泉社区服务网",
        date="2024-04-08",
        notes="residents' site: weather line, a grid worker's box, property repair and night lines; scanning a code to register is content; the committee's own 咨询电话 in the body",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【楼道整治】关于集中清理楼道堆放旧洗脸架等废旧家具的通知 - 漾泉社区服务网</title>
</head>
<body>
<div class="sq-top">⟦m 漾泉社区服务网⟧ <span>⟦m 嵕州市漾泉街道漾泉社区⟧</span> <span>⟦m 今天 晴 9~20℃ 东南风2级⟧</span></div>
<div class="sq-nav">⟦m 首页⟧ ⟦m 社区动态⟧ ⟦m 通知公告⟧ ⟦m 办事指南⟧ ⟦m 邻里圈⟧</div>
<div class="sq-main">
<h2>{T}</h2>
<p class="sq-meta">⟦m 发布单位：漾泉社区居委会　浏览：731⟧</p>
<div class="sq-con">
{BODY}
</div>
<p class="sq-share">⟦l 转给邻居：微信好友 ｜ 业主群 ｜ 复制链接⟧</p>
</div>
<div class="sq-side">
<div class="grid">⟦w 本楼栋网格员 滕晓雪 139 7390 5512⟧</div>
<div class="wy">⟦m 物业报修：0739-8317000　夜间值班：0739-8317001⟧</div>
<div class="hot"><h4>⟦l 社区热帖⟧</h4><p>⟦l 周末跳蚤市场摊位报名中⟧</p><p>⟦l 电动车充电棚新增40个插口⟧</p></div>
</div>
<div class="sq-foot">⟦m 漾泉社区党群服务中心　地址：漾泉路17号⟧ ⟦m 湘ICP备20031189号⟧</div>
</body>
</html>
""",
        body="""
各位居民朋友：
近期巡查发现，辖区部分楼栋楼道、楼梯间堆放了旧洗脸架、旧柜子等废旧家具，既影响通行，又存在消防隐患。为营造安全整洁的居住环境，社区定于4月13日（星期六）开展楼道集中清理行动，现将有关事项通知如下：
一、请居民于4月12日前自行清理楼道内个人物品，需要保留的请搬回家中。
二、确需处理的旧洗脸架、旧家具，可扫描楼栋门口的二维码登记，社区联系回收企业统一上门免费搬运。
三、4月13日后仍堆放在楼道的无主物品，将由社区会同物业统一清理。
咨询电话：社区居委会 0739-8317426
漾泉社区居民委员会
2024年4月8日
""",
    ),
    dict(
        slug="jiayuan-community-pledge-no-coops-record-title",
        site="榎园社区 (invented, residents' site)",
        style="社区网站",
        genre="倡议书",
        kind="notice",
        form="text",
        source="http://jiayuan.shequ-aoshan.cn/news/0520.html",
        title="文明养禽 共建美丽家园倡议书",
        date="2024-05-20",
        notes="title as the record gives it; following the community's account and scanning are content; the committee's own phone in the body; 成文日期 under the signature",
        page="""
!m 榎园社区 · 家门口的服务站
!m 社区首页 ＞ 倡议书
{T}
!m 发布：社区居委会　阅读 508
!a ［分享］［收藏］［纠错］
{BODY}
!l 社区动态：榎园社区开展端午包粽子活动
!m 榎园社区居委会　值班电话：0731-2856600
""",
        body="""
亲爱的居民朋友们：
近来，有居民在小区绿化带、楼道口摆放鸡笼饲养家禽，鸡鸣扰民、粪便污染、异味难闻等问题引起不少邻里矛盾。为共同维护整洁安宁的居住环境，社区居委会向全体居民发出如下倡议：
一、不在小区公共区域摆放鸡笼、饲养家禽，已经摆放的请于5月底前自行清理。
二、确有饲养需要的，请到城郊亲友家中饲养，不将活禽带入小区宰杀。
三、邻里之间互相理解、互相提醒，遇到问题多沟通，不争吵、不激化矛盾。
四、发现问题可拨打社区电话0731-2856603反映，也可扫码关注“榎园邻里”公众号留言。
让我们从自身做起，共建干净、文明、和谐的美丽家园！
榎园社区居民委员会
2024年5月20日
""",
    ),
    dict(
        slug="songzhou-candlestick-association-seminar-notice",
        site="嵕州市工艺烛台行业协会 (invented, trade association)",
        style="行业协会",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.szztxh.org.cn/xhtz/20240612/51.html",
        title="关于举办烛台产品防火安全标准宣贯会的通知",
        record_title="〔协会通知〕关于举办烛台产品防火安全标准宣贯会的通知_嵕州市工艺烛台行业协会",
        record_date="2024-06-12",
        date="2024-06-12",
        notes="association site: member login row, member hotline; the association's name heads the page and signs the notice (matched as head); scanning to register is content; the notice's own contact beside the member hotline",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔协会通知〕关于举办烛台产品防火安全标准宣贯会的通知_嵕州市工艺烛台行业协会</title>
</head>
<body>
<div class="xh-login">⟦a 会员单位登录⟧ ｜ ⟦a 入会申请⟧ ｜ ⟦m 会员服务热线 0739-8276500⟧</div>
<div class="xh-head"><h1>⟦m 嵕州市工艺烛台行业协会⟧</h1></div>
<div class="xh-nav">⟦m 协会首页⟧ ⟦m 协会通知⟧ ⟦m 行业资讯⟧ ⟦m 标准规范⟧ ⟦m 会员风采⟧</div>
<div class="xh-art">
<h2>{T}</h2>
<p class="xh-meta">⟦m 发布时间：2024-06-12　来源：秘书处⟧</p>
<div class="xh-con">
{BODY}
</div>
<p class="xh-dl">⟦a 参会回执.docx（点击下载）⟧</p>
</div>
<div class="xh-foot">⟦m 协会地址：嵕州市工业园区展贸中心五楼　邮编414100⟧ ⟦m 湘ICP备22009031号-1⟧</div>
</body>
</html>
""",
        body="""
各会员单位：
为帮助企业准确理解和执行烛台类产品防火安全有关标准，减少因烛台倾倒、受热炸裂引发的火灾事故，协会定于6月26日举办烛台产品防火安全标准宣贯会。现将有关事项通知如下：
一、时间地点：6月26日（星期三）9:00，嵕州市工业园区展贸中心三楼会议室。
二、参会人员：各会员单位分管质量的负责人和技术人员1至2名。
三、主要内容：解读烛台稳定性、耐热性试验方法，通报近期市场抽查中烛台产品的主要问题。
四、请于6月20日前扫码报名，或将参会回执发送至协会邮箱szzt_xh@163.com。
联系人：史佳，电话：0739-8276520
嵕州市工艺烛台行业协会
2024年6月12日
""",
    ),
    dict(
        slug="haochuan-hardware-association-minutes-chisel-standard",
        site="滈川县五金工具行业协会 (invented, trade association)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://www.hcwjxh.org/hyjy/2024/1210.html",
        title="滈川县五金工具行业协会第三届理事会第四次会议纪要",
        date="2024-12-06",
        date_also=["2024-12-10"],
        notes="title as the record gives it; minutes' 时间/地点/主持/出席/列席/记录 lines and a vote count; the 时间 line gives the date, the association's posting date also accepted",
        page="""
!m 滈川县五金工具行业协会　　首页 | 协会动态 | 会议纪要 | 会员名录
{T}
!m 秘书处　2024-12-10　浏览 163
{BODY}
!l 往期纪要：第三届理事会第三次会议纪要
!a 会员单位登录后可下载纪要盖章扫描件
!m 协会秘书处电话：0736-5247718　湘ICP备17030062号
""",
        body="""
时间：2024年12月6日上午9:30
地点：协会会议室
主持：会长 龙学军
出席：理事21人（应到25人）
列席：监事长 韦芳
记录：秘书处 孟晓雨
会议审议通过了《关于制定木工凿团体标准的议案》，表决结果：同意20票，反对0票，弃权1票。
会议认为，近年来县内木工凿生产企业增至17家，但产品刃口硬度、凿柄装配质量参差不齐，制定团体标准很有必要。会议明确：由秘书处牵头，组织3家骨干企业和县质检所共同起草标准，2025年3月底前形成征求意见稿。
会议还研究了2025年会费收缴和年会筹备等事项。
""",
    ),
    dict(
        slug="ekou-sanitary-news-ageing-washstand-record-date",
        site="崿口卫浴有限公司 (invented, company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.ekouweiyu.com/news/company/2024092601.html",
        title="崿口卫浴推出适老化壁挂洗脸架",
        record_title="企业新闻｜崿口卫浴推出适老化壁挂洗脸架（图）- 崿口卫浴官网",
        record_date="2024-09-26",
        date="2024-09-26",
        notes="company site: cookie notice, service float; record date; a product-ad line between paragraphs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>企业新闻｜崿口卫浴推出适老化壁挂洗脸架（图）- 崿口卫浴官网</title>
</head>
<body>
<header><a class="logo">⟦m 崿口卫浴 · 让洗漱更安心⟧</a>
<nav>⟦m 首页⟧ ⟦m 产品中心⟧ ⟦m 工程案例⟧ ⟦m 新闻中心⟧ ⟦m 服务支持⟧ ⟦m 加入我们⟧</nav></header>
<div class="banner-sub">⟦m 新闻中心 / 企业新闻⟧</div>
<article>
<h1>{T}</h1>
<p class="date">⟦m 2024/09/26　阅读 1045⟧</p>
{BODY}
<p class="pn">⟦l 上一篇：崿口卫浴通过省级专精特新企业认定⟧</p>
</article>
<div class="kf-float">⟦w 在线客服⟧ ⟦w 售前咨询 0746-5088801⟧ ⟦a 返回顶部⟧</div>
<div class="cookie">⟦a 本网站使用Cookie改善您的浏览体验，继续浏览即表示同意　[知道了]⟧</div>
<footer>⟦m © 2024 崿口卫浴有限公司 版权所有　湘ICP备19024470号-1⟧</footer>
</body>
</html>
""",
        body="""
9月25日，崿口卫浴有限公司在第十届中部家居博览会上发布了新款适老化壁挂洗脸架。
新款洗脸架采用304不锈钢框架和抗菌树脂台面，台面高度可在70至85厘米之间调节，两侧扶手可承重120公斤，下方为轮椅留出65厘米的插入空间。洗脸架边角全部做了圆弧处理，并在台面前沿加装了防撞软条。
⟦a 点击了解适老化卫浴全系列产品 ›⟧
公司研发部负责人介绍，这款洗脸架从立项到定型用了14个月，研发团队走访了30多家养老机构，收集老人和护理员意见200余条。
目前，新品已进入批量生产阶段，首批订单来自省内12家养老机构和社区日间照料中心。
""",
    ),
    dict(
        slug="aoshan-glassware-recall-candlesticks-batches",
        site="嶅山玻璃工艺品有限公司 (invented, company site)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.aoshanglass.com/gg/20250115.html",
        title="关于召回部分批次玻璃烛台的公告",
        record_title="【重要公告】关于召回部分批次玻璃烛台的公告 - 嶅山玻璃工艺品",
        date="2025-01-15",
        notes="company site as text: recall with its batches table one row a paragraph; the recall line in the body beside the site's 400 order line",
        page="""
!m 嶅山玻璃工艺品有限公司　官方网站
!m 订购热线：400-716-0329　　首页 ｜ 产品展示 ｜ 公司公告 ｜ 联系我们
!t 【重要公告】关于召回部分批次玻璃烛台的公告
!m 发布者：品质部　｜　浏览 2208
{BODY}
!l 产品推荐：无铅水晶烛台 ／ 香薰玻璃杯
!m 嶅山玻璃工艺品有限公司 版权所有　湘ICP备16012283号
""",
        body="""
尊敬的消费者：
我公司近期在质量回访中发现，2024年10月至11月生产的部分玻璃烛台，在点燃蜡烛两小时以上后，烛台杯口可能因受热不均出现裂纹，存在烫伤和引发火灾的隐患。为保障消费者安全，我公司决定主动召回以下批次产品：
产品名称　型号　生产批号　数量
高脚玻璃烛台　GT-06　20241012至20241030　3860只
双头玻璃烛台　ST-12　20241105至20241128　1420只
请购买上述产品的消费者立即停止使用，凭购买凭证或产品本身到原购买门店办理退货，也可拨打召回专线0731-2867315，由我公司安排上门取回，运费由我公司承担。
由此给您带来的不便，我们深表歉意。
嶅山玻璃工艺品有限公司
2025年1月15日
""",
    ),
    dict(
        slug="jiangxin-school-brochure-woodcarving-chisels",
        site="匠心木雕培训学校 (invented, training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.jiangxinmudiao.com/kecheng/zhoumo.html",
        title="木雕入门周末班招生简章",
        record_title="【周末木雕班】木雕入门周末班招生简章（零基础·小班）｜匠心木雕培训学校",
        date=None,
        notes="training school: promo banner, consult float, a trial-lesson line between paragraphs; a course table one row a paragraph; the school's own 报名电话 beside a 400 line; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【周末木雕班】木雕入门周末班招生简章（零基础·小班）｜匠心木雕培训学校</title>
</head>
<body>
<div class="promo">⟦a 老学员带新学员，双方各减300元，名额有限⟧</div>
<header>⟦m 匠心木雕培训学校⟧ <span>⟦m 一刀一凿，雕出好手艺⟧</span> <span>⟦w 招生热线 400-883-6172⟧</span></header>
<nav>⟦m 首页⟧ ⟦m 课程设置⟧ ⟦m 师资力量⟧ ⟦m 学员作品⟧ ⟦m 报名须知⟧</nav>
<main>
<h1>{T}</h1>
{BODY}
</main>
<div class="zx-float">⟦w 课程顾问在线，点我咨询⟧ ⟦a 预约试听⟧</div>
<footer>⟦m 匠心木雕培训学校　办学地址：潩溪县文昌路66号二楼⟧ ⟦m 湘ICP备23005518号⟧</footer>
</body>
</html>
""",
        body="""
一、课程介绍
本课程面向零基础学员，从认识凿子、刻刀开始，系统学习木雕的基本技法。学完全部课程后，学员能独立完成一件浅浮雕挂件和一件圆雕小摆件。
二、课程安排
周次　内容
第1—2周　工具认识、凿子和刻刀的刃磨
第3—5周　平面浅浮雕练习
第6—8周　圆雕小摆件制作
⟦a 免费试听一节，到校体验凿木的手感 →⟧
三、上课时间：每周六、周日14:00—17:00，每期8周，每班限12人。
四、收费标准：学费2680元（含工具包一套：平凿、圆凿、三角刀等9件），材料费按实收取。
五、报名方式：携带身份证到学校前台报名，或拨打报名电话0743-4279916。
""",
    ),
    dict(
        slug="qianzhenfang-trainee-cloth-shoes-oneline",
        site="千针坊布鞋技艺培训中心 (invented, training school)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.qianzhenfang.cn/xueyuan/shouji/42.html",
        title="学做千层底布鞋的二十天",
        record_title="学艺小记 ▏学做千层底布鞋的二十天 - 千针坊",
        date="2024-12-28",
        notes="training-centre page as text: the body on one line, paragraphs apart only by their indent; the trainee's signature date; a course-ad line below",
        page="""
!m 千针坊布鞋技艺培训中心 — 学一门老手艺
!m 首页 · 学艺小记
!t 学艺小记 ▏学做千层底布鞋的二十天
{BODY}
!a 下一期千层底布鞋班1月8日开课，报名请致电前台
!l 更多学艺小记：退休后我学会了绱鞋 ｜ 给女儿做的第一双虎头鞋
!m 千针坊布鞋技艺培训中心 版权所有
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
报名千针坊的布鞋班之前，我连针都很少拿。二十天下来，我亲手做成了一双千层底布鞋，穿在脚上那一刻，心里说不出的踏实。
第一周学打袼褙。把旧布一层层刷上糨糊贴在木板上晒干，老师说袼褙打得匀，鞋底才平整。我贴歪了好几回，手上全是糨糊。
第二周学纳鞋底，这是最磨人的一步。锥子扎眼，针引麻线，一针一拉，每平方寸要纳够八十一针。我的手指磨出了茧子，一只鞋底整整纳了四天。
第三周学绱鞋。把鞋帮和鞋底缝合在一起，针脚要匀，鞋型要正。老师手把手教了三遍，我才敢下针。
这二十天让我明白，一双布鞋里藏着的是耐心和手艺。我打算过年时给父母各做一双。
学员　陶静
2024年12月28日
""",
    ),
    dict(
        slug="zhibi-app-report-coop-director-coops",
        site="执笔APP (invented, writing app H5 share)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.zhibiapp.com/share/doc?id=6203318&from=wx",
        title="麰田镇蛋鸡养殖专业合作社理事长2024年度述职报告",
        record_title="【述职范文】麰田镇蛋鸡养殖专业合作社理事长2024年度述职报告（村级合作社版）· 执笔",
        date="2025-01-10",
        notes="writing app H5 share: open-app mask, a fold, AI buttons glued after a sentence; signature date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>【述职范文】麰田镇蛋鸡养殖专业合作社理事长2024年度述职报告（村级合作社版）· 执笔</title>
</head>
<body>
<div class="open-app">⟦a 打开执笔APP，全文免费看还能一键改写⟧ <button>⟦a 打开⟧</button></div>
<div class="doc">
<div class="doc-tag">⟦m 述职报告 · 农业农村 · 1260字⟧</div>
<h1>{T}</h1>
<div class="doc-user">⟦m 执笔用户 笔下生花 分享⟧</div>
<div class="doc-text">
{BODY}
</div>
<div class="fold">⟦a 展开剩余 41% ∨⟧</div>
</div>
<div class="bottom-bar">⟦a 复制全文⟧ ⟦a 导入我的文档⟧ ⟦a ✦AI换个说法✦⟧</div>
<div class="more"><h4>⟦l 相似范文⟧</h4><p>⟦l 村股份经济合作社理事长述职报告⟧</p><p>⟦l 家庭农场主年度工作总结⟧</p></div>
<script>window.__SHARE__={id:6203318};</script>
</body>
</html>
""",
        body="""
各位社员代表：
2024年，在镇党委、政府的关心支持下，我带领合作社理事会，围绕“笼养提质、抱团增收”的目标开展工作。现将履职情况报告如下。
一、推进鸡笼升级。争取以奖代补资金38万元，为62户社员更换自动喂料层叠鸡笼，每栋鸡舍用工减少一半，鸡蛋破损率由4%降至1.2%。⟦a ✎ AI扩写这一段⟧
二、统一防疫销售。合作社统一采购疫苗、统一收购鸡蛋，全年销售鲜蛋310吨，社员户均增收1.1万元。
三、存在不足。一是部分老社员仍习惯散养，鸡笼使用不规范；二是冷藏设施不足，夏季鸡蛋存放压力大。
2025年，我将带领理事会建设一座200立方米的冷库，把合作社办得更好。
述职人：邝长林
2025年1月10日
""",
    ),
    dict(
        slug="wenshu-app-host-script-candlestick-exhibition",
        site="文枢APP (invented, writing app)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="text",
        source="https://m.wenshuapp.cn/s/zhuchici/88172",
        title="“烛光里的年味”民俗烛台展开幕式主持词",
        record_title="“烛光里的年味”民俗烛台展开幕式主持词（开幕式通用）- 文枢APP",
        date=None,
        notes="writing app share as text: aside and app suffix; app prompt and member lines; a host script (no date)",
        page="""
!a 下载文枢APP，海量主持词随心改
!m 文枢 · 主持词 · 开幕式
{T}
!m 共826字　｜　1.3万人用过
{BODY}
!a 会员可一键导出Word　｜　开通会员
!l 大家还在看：新春灯会开幕式主持词　非遗展览开幕式致辞
!m 文枢APP 湘ICP备22016054号-3A
""",
        body="""
尊敬的各位领导、各位来宾，朋友们：
大家上午好！烛光摇曳照岁月，年味浓浓暖人心。今天，我们在这里隆重举行“烛光里的年味”民俗烛台展开幕式。首先，请允许我介绍出席今天开幕式的领导和嘉宾……
本次展览共展出民间收藏的各式烛台300余件，有祭祖用的锡烛台、婚嫁用的龙凤烛台，也有寻常人家的铁皮烛台，每一件都承载着一段家常记忆。
下面，请主办单位负责人致辞。……
请嘉宾上台，共同点亮展厅中央的“千年烛台”，为展览开幕！
开幕式到此结束，请各位来宾移步展厅参观。谢谢大家！
""",
    ),
    dict(
        slug="shenmian-forum-essay-cloth-shoes-jammer",
        site="申面同行论坛 (invented, exam forum)",
        style="公考论坛",
        genre="申论",
        kind="other",
        form="html",
        source="https://bbs.shenmiantx.com/thread-330172-1-1.html",
        title="小布鞋里的大民生",
        record_title="【作文互改】小布鞋里的大民生（自评32分）- 申论批改区 - 申面同行论坛",
        date=None,
        notes="exam forum: jammer fonts glued and on a line, reply-to-see prompt, QQ-group ad, rating row; no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【作文互改】小布鞋里的大民生（自评32分）- 申论批改区 - 申面同行论坛</title>
<style>.jammer{position:absolute;left:-9999px}</style>
</head>
<body>
<div id="hd">⟦m 申面同行论坛 · 一起上岸⟧ <a>⟦a 登录⟧</a> <a>⟦a 加入同行⟧</a></div>
<div id="pt">⟦m 申面同行 › 笔试交流 › 申论批改区⟧</div>
<div class="qqad">⟦w 申论批改互助群：QQ群 71820934（备注考区）⟧</div>
<div class="post">
<h1>⟦t 【作文互改】小布鞋里的大民生（自评32分）⟧</h1>
<div class="authi">⟦m 上岸锦鲤 · 发表于 6 天前 · 只看该作者的帖⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦a 评分 · 参与人数 5 · 同行币 +15⟧</div>
<div class="locked">⟦a 本帖隐藏的范文批注，回复后才能查看⟧</div>
</div>
<div class="replies"><p>⟦l 2# 备考小熊：结构清楚，第三段论据可以再具体点⟧</p><p>⟦l 3# 阿北：开头案例引得好，给你31⟧</p></div>
<div id="ft">⟦m 申面同行论坛　京ICP备21044702号⟧</div>
</body>
</html>
""",
        junk=dict(lines=1, glued=3),
        body="""
在嵚坪镇的布鞋工坊里，二十多名留守妇女一边照看孩子，一边纳鞋底、绱鞋帮，一个月能增收两千多元。一双小小的布鞋，串起了传统手艺、乡村就业和家庭幸福，折射出基层治理的大智慧。
小布鞋里有文化传承。千层底的手艺传承了几百年，如果没有人学、没有市场，老手艺就会慢慢失传。把工坊建在村里，让手艺变成饭碗，传承才有了源头活水。
小布鞋里有民生温度。留守妇女既要照顾老人孩子，又想挣钱补贴家用，家门口就业正好解决了这个两难。
小布鞋里也有发展难题。订单不稳定、品牌不响亮、年轻人不愿学，都需要政府搭平台、企业拓市场、培训补短板，形成合力。
以小见大，基层工作就要从群众身边的“一双鞋”做起，把好事办实、把实事办好。
""",
    ),
    dict(
        slug="mianshiquan-interview-coops-on-village-road-junk",
        site="面试圈论坛 (invented, exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="http://www.mianshiquan.net/forum/t-90117.html",
        title="村民在村道边堆放鸡笼影响通行，你作为驻村干部怎么处理？",
        record_title="［每日一练］村民在村道边堆放鸡笼影响通行，你作为驻村干部怎么处理？- 结构化面试区 - 面试圈论坛",
        date=None,
        notes="exam forum as text: junk lines and junk glued after sentences; board and forum suffix; relative times are no dates",
        page="""
!m 面试圈论坛 › 结构化面试区
!t ［每日一练］村民在村道边堆放鸡笼影响通行，你作为驻村干部怎么处理？
!m 楼主 驻村第三年　发表于 3 小时前　查看 612　回复 9
{BODY}
!a 觉得有用就点个“赞”支持楼主吧　👍 34
!l 沙发 山海：第三点很加分，落到了解决实际困难
!l 板凳 小鹿乱撞：可以补一句事后回访
!w 面试一对一模拟点评，私信版主或加微信 msq_2025
!m 面试圈论坛　Powered by Discuz!　浙ICP备20041130号
""",
        junk=dict(lines=2, glued=2),
        body="""
我的作答思路如下，请各位考友指正。
首先，我会第一时间到现场查看。了解鸡笼堆放的位置、数量，是否已经影响车辆通行和群众安全，如果存在安全隐患，先协调村民临时挪开，确保道路畅通。
其次，我会上门和这位村民沟通。了解他把鸡笼放在路边的原因，可能是院子小、没有地方放。我会耐心讲清楚村道是公共通道，堆放物品既影响大家出行，也容易引发邻里矛盾。
再次，帮他想办法解决实际困难。可以和村委会商量，在村集体的空闲地块划出一片养殖区，或者帮他在自家院内合理改造鸡舍。
最后，举一反三。借助村民大会和村务群，宣传村规民约，对村道占道问题开展一次排查，建立长效管理机制。
""",
    ),
]
