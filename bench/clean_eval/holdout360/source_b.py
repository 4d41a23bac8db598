"""holdout360, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网 (each once as HTML, once as text).

Invented text throughout (see ../README.md); markup as ../build.py describes.
"""

CASES = [
    dict(
        slug="blog-wadang-memoir-father-beer-mug-html",
        site="瓦当下的小屋 (invented personal blog, WordPress-like)",
        style="博客",
        genre="回忆散文",
        kind="other",
        form="html",
        source="https://wadangxia.blog/2024/08/father-beer-mug/",
        title="父亲的那只扎啤杯",
        record_title="父亲的那只扎啤杯 ⁄⁄ 瓦当下的小屋",
        date="2024-08-17",
        notes="blog post: the bracketed post time is the page's date; tag cloud, archive, calendar widget, comment form; a like prompt glued after a sentence",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>父亲的那只扎啤杯 ⁄⁄ 瓦当下的小屋</title>
<link rel="stylesheet" href="/wp-content/themes/quietroof/style.css?ver=2.3">
<script src="/wp-includes/js/jquery/jquery.min.js"></script>
</head><body class="single">
<header class="site-header"><p class="site-title">⟦m 瓦当下的小屋⟧</p><p class="site-desc">⟦m 雨打瓦当，慢慢写点旧事⟧</p>
<nav><a href="/">⟦m 首页⟧</a> <a href="/category/jiushi/">⟦m 旧事⟧</a> <a href="/category/dushu/">⟦m 读书⟧</a> <a href="/about/">⟦m 关于瓦当下⟧</a></nav></header>
<article>
<h2 class="entry-title">{T}</h2>
<div class="entry-meta">⟦m [2024-08-17 22:31] 分类：旧事 · 评论 11 · 阅读 688⟧</div>
<div class="entry-content">
{BODY}
</div>
<div class="entry-tags">⟦l 本文标签：父亲 夏天 老物件⟧</div>
<div class="post-nav">⟦l « 前文：外婆的竹篾针线筐⟧　⟦l 后文：那年在藩溪游泳 »⟧</div>
</article>
<section id="comments"><h3>⟦l 11 条留言给“父亲的那只扎啤杯”⟧</h3>
<p>⟦l 阿梧：看哭了，我爸也有一只差不多的杯子⟧</p>
<form><p>⟦a 写下你的留言（邮箱不会公开）⟧</p><button>⟦a 发表留言⟧</button></form></section>
<aside class="sidebar">
<h4>⟦l 标签云⟧</h4><p>⟦l 旧事 父亲 藩溪 读书 老物件 节气⟧</p>
<h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2024年八月 (3)⟧</li><li>⟦l 2024年七月 (5)⟧</li></ul>
<h4>⟦l 日历⟧</h4><table class="wp-calendar"><tr><td>⟦l 一 二 三 四 五 六 日⟧</td></tr></table>
</aside>
<footer>⟦m © 2016–2024 瓦当下的小屋 · 文字随手，转载请留个名⟧</footer>
<script src="/wp-includes/js/comment-reply.min.js"></script>
</body></html>
""",
        body="""
父亲有一只扎啤杯，厚玻璃，带把手，杯身上有一圈一圈的棱，是他年轻时在藩川啤酒厂当工人那几年留下的。
那时候厂里每到夏天会给工人发散装啤酒，父亲下了班就提着这只杯子去打一杯，回家坐在院子里慢慢喝。我和妹妹围着他，他偶尔让我们抿一小口，苦得直皱眉头，他就哈哈大笑。⟦a 喜欢这篇就点个♥吧⟧
后来啤酒厂关了门，父亲去了街上修自行车，那只杯子就一直放在碗柜最上层，很少拿下来。有一年搬家，杯把磕掉了一小块，母亲说扔了吧，父亲硬是不肯，用砂纸把缺口磨平了接着用。
如今父亲走了三年，那只杯子还在我家的书架上。每到夏天的傍晚，我会往里倒半杯啤酒，什么也不做，就那样坐着，好像院子里的蝉声又回来了。
""",
    ),
    dict(
        slug="blog-manshui-aerator-three-weeks-wrapped",
        site="慢水笔记 (invented personal blog, text)",
        style="博客",
        genre="博客随笔",
        kind="other",
        form="text",
        source="https://manshuibiji.net/post/aerator-week-3",
        title="给厨房水龙头装起泡器的第三周",
        record_title="给厨房水龙头装起泡器的第三周 :: 慢水笔记",
        date=None,
        notes="blog text hard-wrapped at 64 columns; a numbered list; the post shows only an update stamp in weeks ago (no date); tags and older/newer links",
        wrap=64,
        page="""
!m 慢水笔记 —— 过日子，也记账
!m 首页 / 家居 / 省水小实验
{T}
!m 最后修改：2 周前　｜　字数 612　｜　分类：家居
{BODY}
!l 标签：#节水 #厨房 #小改造
!l ← 较早：阳台雨水桶用了一个夏天
!l 较新：洗碗机到底费不费水 →
!a 订阅本站 RSS　｜　回到顶部
!m 慢水笔记 由个人维护，内容均为自用体验，不构成购买建议
""",
        body="""
三周前我在网上花十九块钱买了个起泡器，拧到厨房的水龙头上，一直想看看到底能省多少水，今天来交作业。
先交代一下方法：装之前一周和装之后两周，我每天晚上记一次水表读数，家里三口人，做饭洗碗的习惯基本没变。
结果是这样的：
1.装之前一周，全家用水4.6吨，平均每天约0.66吨。
2.装之后两周，共用水8.1吨，平均每天约0.58吨，少了一成多。
3.洗菜时水花明显小了，不再溅得满台面都是，这一点我老婆最满意。
也有不满意的地方。起泡器出水是一团软软的气泡水，冲锅底的油渍时感觉劲儿不够，得多冲一会儿。另外说明书上说要每个月拆下来清洗滤网，我拆开一看，才三周，网上已经有一层细沙了。
总的来说，十九块钱的东西，能省一成水，还不溅水，值。下个月我打算把卫生间那个也换了，到时再来记账。
""",
    ),
    dict(
        slug="wechat-haowen-tester-pen-power-supply-missing-title",
        site="号文备份站 (invented WeChat mirror) / 崛山供电服务 (invented account)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://haowenbf.com/a/juesangongdian/2025061808.html",
        title="测电笔这样用才安全，家家户户都该看看",
        record_title=None,
        date="2025-06-18",
        notes="WeChat mirror: no title in the record, found in the <h1>; a star prompt glued before the first words; the account line's date is the page's date; 在看/阅读原文 rows and the mirror's archive note; 关注 and 扫码 spoken of as content",
        p_html="<section><p style=\"font-size:15px;line-height:1.8\">{}</p></section>",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>号文备份站 - 公众号文章存档</title>
<script src="/static/hw/mirror.js"></script>
</head><body>
<div class="mirror-top">⟦m 号文备份站 · 好文章不怕删⟧ <a href="/">⟦m 存档首页⟧</a> <a href="/acc/">⟦m 按公众号找⟧</a></div>
<div id="js_content_wrap">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 原创　崛山供电服务　2025-06-18 08:30　发表于江西⟧</div>
<div id="js_content">
{BODY}
</div>
<div class="tool">⟦a 阅读原文⟧　⟦a 分享　收藏　在看 37　赞 102⟧</div>
<div class="qr">⟦a 长按下方二维码，第一时间收到停电通知⟧</div>
</div>
<div class="mirror-note">⟦d 本页由号文备份站自动存档，版权归原公众号；如需删除请联系 del@haowenbf.com⟧</div>
<div class="mirror-foot">⟦m 号文备份站 haowenbf.com 苏ICP备22047196号⟧</div>
<script>hwMirror.track("juesangongdian");</script>
</body></html>
""",
        body="""
⟦a 戳上方蓝字“崛山供电服务”设为星标⟧夏天到了，空调、电扇齐上阵，家里换个插座、修个灯座的事也多了起来。不少居民家里备着一支测电笔，可真会用的人并不多。今天，供电所的老师傅给大家讲讲测电笔的正确用法。
第一，握笔要对。用拇指和中指捏住笔身，食指按住笔尾的金属帽，笔尖接触被测导线。手不按金属帽，氖泡就不会亮，容易误以为没电。
第二，先试后用。每次使用前，先在有电的插座上试一下，确认测电笔是好的。
第三，测电笔只能“看”不能“靠”。它只能帮你判断有没有电，千万不要用它代替螺丝刀去拧带电的螺丝，更不能在潮湿的环境里使用。
第四，拿不准就找专业人员。家里线路老化、经常跳闸的，请不要自己动手。居民朋友可以关注“崛山供电服务”公众号，在菜单栏“我要报修”中提交地址，也可以扫描电费单背面的二维码报修，供电所会安排人员上门。
""",
    ),
    dict(
        slug="wechat-gonghao-pledge-aerator-water-saving-text",
        site="公号拾遗 (invented WeChat mirror, text) / 柬州水务 (invented account)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://gonghaoshiyi.cn/jianzhouswu/20250321/01",
        title="节约用水，从一只起泡器开始——致全市市民的倡议书",
        record_title="节约用水，从一只起泡器开始——致全市市民的倡议书 丨 柬州水务 · 公号拾遗",
        date="2025-03-22",
        date_also=["2025-03-21"],
        notes="WeChat mirror as text: account line dated the day before the pledge's own date (the pledge's date expected, the other accepted); 分享 spoken of as content; a follow prompt and reading rows",
        page="""
!m 公号拾遗｜替你留住每一篇好文
!t 节约用水，从一只起泡器开始——致全市市民的倡议书 丨 柬州水务
!m 柬州水务　2025年3月21日 18:02
!a 点击“柬州水务”，再点右上角“···”设为星标
{BODY}
!a 留言　　在看　　转发到朋友圈
!a 觉得有用，就点一下“在看”吧
!d 公号拾遗仅作存档备份，文章版权归柬州水务所有
!l 往期回顾：柬州水务二次供水水箱清洗计划公告 ｜ 冬季水表防冻小贴士
""",
        gap=True,
        body="""
全市广大市民朋友：
3月22日是“世界水日”。柬州人均水资源量不足全省平均水平的七成，节约用水关系到每个家庭。为此，我们向全市市民发出如下倡议：
一是从龙头做起。家里的洗手盆、厨房水槽龙头没有起泡器的，可以加装一只。起泡器把空气混进水流，同样的洗手效果，出水量能减少两到三成。
二是从习惯做起。洗手打肥皂时随手关龙头，淘米水、洗菜水用来浇花冲厕，发现漏水及时报修。
三是从身边做起。请把这份倡议分享给家人和邻居，带动更多人一起节水。即日起至4月30日，市民可凭水费缴费单到市内各营业厅免费领取起泡器一只，每户限领一次。
节水没有旁观者。让我们从拧上一只起泡器开始，共同守护柬州的每一滴水。
柬州市水务集团有限公司
2025年3月22日
""",
    ),
    dict(
        slug="docshare-gongye-contract-template-pegboard-html",
        site="共页文档 (invented document-sharing site)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.gongyedoc.com/d/88c1f07a42.html",
        title="打孔板采购合同（范本）",
        record_title="打孔板采购合同（范本）【可填写·共3页】- 共页文档",
        date=None,
        notes="sharing page: file-info box, sign-in points lock, service WeChat; a contract template with ×× placeholders, ＿＿ blanks and ＿＿＿＿年＿＿月＿＿日; 第N条 articles; no date",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<title>打孔板采购合同（范本）【可填写·共3页】- 共页文档</title>
<script src="//cdn.gongyedoc.com/js/gy-view.js"></script>
</head><body>
<div class="gy-head"><a href="/">⟦m 共页文档 · 你传一页，我传一页⟧</a> <input placeholder="搜文档"> <a>⟦a 上传赚积分⟧</a> <a>⟦a 账号登录｜新用户注册⟧</a></div>
<div class="gy-path">⟦m 共页文档 › 合同协议 › 采购合同⟧</div>
<div class="gy-doc">
<h1>{T}</h1>
<table class="gy-info"><tr><td>⟦m 分享者：合同库小程⟧</td><td>⟦m 页数：3⟧</td><td>⟦m 大小：36.2KB⟧</td><td>⟦m 文件类型：docx⟧</td></tr></table>
<div class="gy-body">
{BODY}
</div>
<div class="gy-lock">⟦a 签到满7天送积分，用积分即可下载可编辑原稿⟧</div>
<div class="gy-btns"><a>⟦a 下载（8积分）⟧</a> <a>⟦a 存入我的文件夹⟧</a></div>
</div>
<div class="gy-side"><h3>⟦l 同类合同⟧</h3><ul><li>⟦l 货架采购安装合同（通用）⟧</li><li>⟦l 办公家具买卖合同模板⟧</li></ul>
<p>⟦w 需要定制合同条款？加共页客服微信 gy_hetong88⟧</p></div>
<div class="gy-foot">⟦d 共页文档所有资源由网友上传分享，仅供参考，使用前请咨询专业律师⟧<br>⟦m 共页文档 gongyedoc.com　粤ICP备21058830号⟧</div>
</body></html>
""",
        body="""
甲方（采购方）：××学校
乙方（供货方）：××金属制品有限公司
根据《中华人民共和国民法典》及有关规定，甲乙双方经协商一致，就甲方采购打孔板及配件事宜，订立本合同。
第一条　采购内容。乙方向甲方提供钢制打孔板＿＿块，规格＿＿×＿＿厘米，孔距＿＿毫米，配套挂钩＿＿个、托板＿＿块，合同总价人民币＿＿＿＿元（大写：＿＿＿＿）。
第二条　质量要求。打孔板表面应喷塑均匀，无锈蚀、无毛刺，单块承重不低于＿＿千克。
第三条　交货与安装。乙方应于＿＿＿＿年＿＿月＿＿日前送货到甲方指定地点并负责安装，安装所需膨胀螺丝由乙方提供。
第四条　验收。甲方在安装完成后＿＿日内组织验收，发现质量问题的，乙方应在＿＿日内免费更换。
第五条　付款。验收合格后＿＿日内，甲方一次性支付全部货款。
第六条　争议解决。履行本合同发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院起诉。
甲方（盖章）：＿＿＿＿　　乙方（盖章）：＿＿＿＿
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="docshare-shuqian-request-threaders-glued-markers-docx",
        site="书签文档网 (invented document-sharing site, text)",
        style="文档分享",
        genre="请示",
        kind="other",
        form="text",
        source="https://www.shuqiandoc.net/file/513370.html",
        title="关于购置穿针器等助老便民用品的请示",
        record_title="关于购置穿针器等助老便民用品的请示.docx",
        date="2024-09-10",
        notes="file-name record title; page markers '⪅n⪆' glued to the continuation of a cut sentence (text not wrapped); the request's own 联系人/电话 beside the site's service WeChat; 成文日期 at the end",
        pages=dict(fmt="⪅{n}⪆", every=110, start=2, glue=True),
        page="""
!m 书签文档网　夹一张书签，留一份好文档
!t 关于购置穿针器等助老便民用品的请示.docx
!m 文档大小：21KB　　页数：2　　上传：半个月前
!a 在线预览　　下载到本地　　加入书签
{BODY}
!a 想看排版完整的原文？登录后即可免费下载
!w 文档有问题找书签客服，微信：shuqian_kf01
!d 书签文档网不对网友上传的文档内容承担责任
""",
        body="""
县民政局：
为落实县委、县政府关于提升居家养老服务水平的部署，我镇计划为辖区一百四十名独居和高龄老人配发助老便民包。经摸底，老人们最需要的是穿针器、老花镜、放大镜和防滑袜，这些物品单价不高，但对老人日常生活帮助很大。
按每包六十元测算，共需资金八千四百元。我镇已从镇级养老服务资金中安排四千元，尚缺四千四百元，恳请县民政局给予补助。
购置的物品将由镇社工站统一采购、登记造册，并由村（社区）网格员入户发放，同时教会老人使用穿针器和放大镜。
妥否，请批示。
联系人：斌河镇社会事务办　冯晓舟　电话：0796-8630412
斌河镇人民政府
2024年9月10日
""",
    ),
    dict(
        slug="edu-jianzhou-notice-campus-electric-safety-html",
        site="柬州市教育局 (invented education portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jyj.jianzhou.gov.cn/tzgg/202504/t20250409_3027.html",
        title="关于开展中小学校园用电安全隐患排查的通知",
        record_title="关于开展中小学校园用电安全隐患排查的通知 » 平安校园建设 » 柬州市教育局",
        date="2025-04-08",
        date_also=["2025-04-09"],
        notes="education portal: elder/screen-reader links, a 文号 line (neutral), 附件 list beside attachment download links, the notice's own contact and mailbox beside a technical-support line; posting date also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于开展中小学校园用电安全隐患排查的通知 » 平安校园建设 » 柬州市教育局</title>
<script src="/res/js/jzjy-accessible.js"></script>
</head><body>
<div class="top">⟦m 柬州市教育局　立德树人　办人民满意的教育⟧ <a>⟦a 关怀版⟧</a> <a>⟦a 盲人阅读辅助⟧</a></div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 教育要闻⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 平安校园建设⟧</li><li>⟦m 办事指南⟧</li></ul>
<div class="loc">⟦m 您所在的位置：首页 » 通知公告 » 平安校园建设⟧</div>
<div class="detail">
<h2>{T}</h2>
<div class="attr">⟦m 发布时间：2025-04-09　发布单位：安全稳定科　访问次数：1175⟧</div>
<p class="wh">柬教安〔2025〕14号</p>
{BODY}
<div class="att"><p>⟦a 📎 附件1 排查表.docx　点击下载⟧</p><p>⟦a 📎 附件2 汇总表.xlsx　点击下载⟧</p></div>
<div class="ops">⟦a 打印本文⟧ ⟦a 返回列表⟧</div>
</div>
<div class="side"><h3>⟦l 近期公告⟧</h3><ul><li>⟦l 关于做好2025年春季学期防溺水工作的通知⟧</li><li>⟦l 全市校园食品安全专项检查情况通报⟧</li></ul></div>
<div class="foot"><p>⟦m 主办单位：柬州市教育局　地址：柬州市塾湖区学府路9号⟧</p>
<p>⟦m 网站运维技术支持：0795-6023390（仅限网站故障）⟧</p><p>⟦m 赣ICP备06011834号-2⟧</p></div>
</body></html>
""",
        body="""
各县（区）教育局，市直各学校：
近期，外省发生多起校园电气火灾，暴露出一些学校线路老化、私拉乱接等问题。为切实消除校园用电安全隐患，市教育局决定在全市中小学开展用电安全隐患排查。现将有关事项通知如下。
一、排查重点。教室、宿舍、食堂、实验室的配电箱、插座和照明线路；学生宿舍违规使用大功率电器情况；校内临时用电情况。
二、排查方法。各校由总务处牵头，会同学校电工逐室检查，对插座、开关一律用测电笔检测是否漏电、零火线是否接反，并做好记录。学校没有专职电工的，可委托有资质的单位协助。
三、时间要求。4月30日前完成自查整改，5月10日前将排查表和汇总表报送市教育局安全稳定科。
附件：1.校园用电安全隐患排查表
2.用电安全隐患排查汇总表
联系人：吕思齐　电话：0795-6023417　邮箱：jzjyaq@163.com
柬州市教育局
2025年4月8日
""",
    ),
    dict(
        slug="edu-xiyang-summary-school-water-saving-record-title",
        site="晰阳县教育体育局 (invented education portal, text)",
        style="教育门户",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://jtj.xiyang.gov.cn/xxdt/2024-12/26/art_1187_20441.html",
        title="晰阳县实验小学2024年节水型学校创建工作总结",
        date="2024-12-20",
        date_also=["2024-12-26"],
        notes="record title as is; a data table of water use; 成文日期 under the signature, the portal's posting date also accepted",
        indent="\u3000\u3000",
        page="""
!m 晰阳县教育体育局　|　学校动态
!m 当前位置：首页 > 学校动态 > 正文
{T}
!m 信息来源：晰阳县实验小学　发布日期：2024-12-26　点击：[ 436 ]
{BODY}
!a 【打印】【收藏本页】【关闭】
!l 上一篇：晰阳县第二中学冬季运动会圆满落幕
!l 下一篇：晰城幼儿园开展消防疏散演练
!m 晰阳县教育体育局 版权所有　技术维护：晰阳县信息中心
""",
        body="""
今年，我校以创建节水型学校为抓手，从改器具、建制度、育习惯三个方面入手，取得了明显成效。现总结如下。⟦l 延伸阅读：节水型学校评价标准解读⟧
一、改造节水器具。暑假期间，学校对教学楼、食堂和宿舍的一百八十六个水龙头全部加装了起泡器，对漏水的冲水阀进行了维修更换。
二、建立管理制度。由总务处每月抄录水表，发现用水异常当天排查；后勤人员每学期拆洗一次起泡器滤网。
三、培养节水习惯。各班开展“小水滴护卫队”活动，学生轮流检查教室和走廊的水龙头是否关紧。
全年用水情况如下：
时段　用水量（吨）　同比
上半年　9870　-4.2%
下半年　8215　-15.6%
下学期，我们将继续巩固创建成果，争取年底前通过县级节水型学校验收。
晰阳县实验小学
2024年12月20日
""",
    ),
    dict(
        slug="intranet-liuguang-minutes-beer-mug-chipping-html",
        site="琉光玻璃协同办公平台 (invented OA, 崛山琉光玻璃制品有限公司)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.liuguangglass.local/doc/view.do?id=20250509003",
        title="关于啤酒杯杯口崩边问题的专题会议纪要",
        record_title="〔窑炉质量碰头会〕关于啤酒杯杯口崩边问题的专题会议纪要 · 琉光协同办公",
        date="2025-05-09",
        notes="OA document view: 流转记录, read count, archive/forward buttons, IT desk line; minutes with 时间/地点/主持/参会/记录 lines and a vote count; the 时间 line gives the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔窑炉质量碰头会〕关于啤酒杯杯口崩边问题的专题会议纪要 · 琉光协同办公</title>
<script src="/oa/js/lg-doc.js"></script>
</head><body>
<div class="oa-top">⟦m 琉光协同办公平台⟧　⟦m 当前用户：质检部 芦晓⟧　<a>⟦a 退出系统⟧</a></div>
<div class="oa-menu">⟦m 待办事宜 ｜ 公文流转 ｜ 会议管理 ｜ 知识文库⟧</div>
<div class="oa-doc">
<div class="oa-doc-head">⟦m 文档类别：会议纪要　密级：内部　已读 48 人 / 未读 6 人⟧</div>
<h3>{T}</h3>
{BODY}
<div class="oa-btn">⟦a 归档　转发　导出PDF　标为已读⟧</div>
<table class="oa-flow"><tr><th>⟦m 流转记录⟧</th></tr>
<tr><td>⟦m 05-09 16:20 拟稿：质检部 芦晓⟧</td></tr><tr><td>⟦m 05-10 09:05 审核：生产副总 凌海⟧</td></tr><tr><td>⟦m 05-10 10:31 分发：各车间、销售部⟧</td></tr></table>
</div>
<div class="oa-foot">⟦m 系统故障请拨信息部内线 8066⟧</div>
</body></html>
""",
        body="""
时间：2025年5月9日下午2:30
地点：公司三楼质量会议室
主持：凌海（生产副总经理）
参会：质检部、二号窑车间、三号窑车间、包装车间、销售部负责人
记录：芦晓
会议听取了质检部关于四月份出口啤酒杯杯口崩边投诉的情况汇报。四月份共接到客户投诉三起，涉及500毫升扎啤杯约两千四百只，主要问题是杯口在运输中出现小块崩边。
经讨论，会议议定以下事项：
一、二号窑车间调整杯口火抛光温度，5月20日前完成试产并送质检部检测。
二、包装车间将每箱隔板由纸板改为蜂窝纸板，杯口之间不得直接接触。
三、销售部与客户沟通，对已投诉批次按合同约定予以补货。
四、关于是否暂停该型号出口一个月的动议，到会七名负责人表决，同意二票、反对五票，不暂停出口，但出货前加做一道杯口全检。
""",
    ),
    dict(
        slug="intranet-jingduan-rules-pegboard-tool-placement",
        site="藩川精锻机械内网 (invented intranet, text view)",
        style="企业内网",
        genre="规定",
        kind="other",
        form="text",
        source="http://10.8.1.20/zhidu/scgl/2025-017.html",
        title="装配车间打孔板工具定置管理规定",
        record_title="【规章合订本·第4版】装配车间打孔板工具定置管理规定 - 精锻内网",
        date=None,
        notes="intranet rule: 第N条 articles whose text speaks of 扫码 and 打印 as content; effective on issue (no date); view count and IT desk line",
        page="""
!m 藩川精锻机械有限公司内网　｜　制度汇编
!m 位置：内网首页 › 制度汇编 › 生产管理类
!t 【规章合订本·第4版】装配车间打孔板工具定置管理规定
!m 编号：JD-SC-017　归口部门：生产部　查看次数：212
{BODY}
!a 〔下载制度原件〕〔我已学习〕
!l 本类其他制度：车间6S检查评分办法 ｜ 量具借用与校准规定
!m 内网问题请联系信息科（分机 6021）
""",
        body="""
第一条　为规范装配车间工具管理，减少工具丢失和找寻时间，制定本规定。
第二条　装配车间各班组的手动工具一律挂放在本班组的打孔板工具墙上，按工具轮廓线定位，不得随意堆放在工作台或地面。
第三条　每块打孔板右上角张贴二维码，员工借用共用工具时须扫码登记，归还时再次扫码销账。
第四条　班组长每天下班前检查一次工具墙，发现缺位的，当天查明去向。
第五条　生产部每月打印一次工具借还记录，在班组例会上通报借用未还的情况。
第六条　因违反本规定造成工具丢失的，由责任人按工具原价赔偿。
第七条　本规定由生产部负责解释，自发布之日起施行。
""",
    ),
]
