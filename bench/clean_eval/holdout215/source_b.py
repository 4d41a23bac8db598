"""Holdout215, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网 (one HTML and one text page each).

Every document, place, person, firm, site, URL and number here is invented; each case was
written by hand. See ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="blog-laoou-globe-essay-tag-cloud",
        site="老欧的地理小站 (invented, Typecho-like blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://laoou-geo.cn/archives/412/",
        title="一只旧地球仪和四十二个问题",
        record_title="地理课随笔 ▪ 一只旧地球仪和四十二个问题 — 老欧的地理小站",
        date="2024-10-16",
        notes="a teacher's blog: bracketed post time taken as the page's date, a further-reading link glued after a sentence, tag cloud, archive, prev/next and a comment form",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>地理课随笔 ▪ 一只旧地球仪和四十二个问题 — 老欧的地理小站</title>
<link rel="stylesheet" href="/usr/themes/paper/style.css">
<script>var themeConfig={comment:true};</script>
</head>
<body>
<header id="header"><div class="site-name"><a href="/">⟦m 老欧的地理小站⟧</a></div>
<p class="description">⟦m 一个初中地理老师的课堂边角料⟧</p>
<nav>⟦m 首页 · 课堂札记 · 读书 · 留言板 · 关于⟧</nav></header>
<main id="main">
<article class="post">
<h1 class="post-title">{T}</h1>
<ul class="post-meta"><li>⟦m [2024-10-16 22:08]⟧</li><li>⟦m 分类：课堂札记⟧</li><li>⟦m 围观 611 次⟧</li></ul>
<div class="post-content">
{BODY}
</div>
<p class="tags">⟦l 本文标签：地球仪 / 初一地理 / 提问⟧</p>
</article>
<nav class="post-near">⟦l ← 前一篇：等高线地形图的三种土办法⟧<br>⟦l 后一篇：期中复习别只背书 →⟧</nav>
<div id="comments"><h3>⟦l 已有 5 条评论⟧</h3>
<p>⟦l 山那边的兔子：橘子皮那个办法太妙了，明天就用⟧</p>
<form><p>⟦l 称呼（必填）　邮箱（不公开）　网站⟧</p><textarea></textarea><button>⟦a 提交留言⟧</button></form></div>
</main>
<aside id="secondary">
<section><h3>⟦l 标签云⟧</h3><p>⟦l 地图 季风 地球仪 等高线 乡土地理 研学⟧</p></section>
<section><h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2024年10月（3）⟧</li><li>⟦l 2024年9月（5）⟧</li><li>⟦l 2024年6月（2）⟧</li></ul></section>
</aside>
<footer id="footer">⟦m © 2024 老欧的地理小站 · 基于 Typecho 搭建⟧　⟦m 豫ICP备2021018843号-1⟧</footer>
</body>
</html>
""",
        body="""
开学第三周，我把办公室那只掉了漆的旧地球仪搬进了初一（3）班。原本只想演示一下地球自转，没想到一节课下来，孩子们在便利贴上写了四十二个问题。
有人问，为什么地轴要斜着装？有人问，地球仪上的国界线在地面上真的画着吗？还有一个孩子问，如果把地球仪转得足够快，上面的海水会不会甩出来？
我没有急着一一回答，而是把问题分成三类贴在黑板上：课本里能找到答案的，需要动手实验的，暂时谁也答不上来的。接下来两周，我们用手电筒模拟太阳，用橘子皮“剥”出地图投影，一个一个去啃这些问题。⟦l 延伸阅读：用橘子皮讲地图投影⟧
四十二个问题，到现在还剩七个没有解决。我觉得这没什么不好，地理课本来就应该留一点让人惦记的东西。
""",
    ),
    dict(
        slug="blog-zhougong-hardhat-insight-wrapped-66",
        site="周工的安全笔记 (invented blog)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://zhougong-anquan.blog.cn/2024/06/22/maoke-shiyan.html",
        title="参加安全帽冲击试验观摩培训的心得体会",
        record_title="参加安全帽冲击试验观摩培训的心得体会 - 安全杂记 - 周工的安全笔记",
        date="2024-06-22",
        notes="a safety engineer's blog, hard-wrapped at 66 columns; the 发表于 line is the page's date; tags, prev/next and comments under the text",
        page="""
!m 周工的安全笔记
!m 干了十五年安全员，写点现场的事
!m 首页 | 安全杂记 | 标准解读 | 事故警示 | 关于我
{T}
!m 发表于 2024-06-22 20:31 | 分类：安全杂记 | 阅读 238
{BODY}
!l 标签：安全帽　培训　检验
!l « 较早的文章：脚手架连墙件为什么不能随便拆
!l 较新的文章：汛期基坑巡查我最看重的五个地方 »
!l 网友留言（2）
!l 钢筋工老陈：说得对，下颏带不系等于白戴
!a 写留言需先登录，点此登录
!m 周工的安全笔记 © 2016-2024
""",
        indent="\u3000\u3000",
        wrap=66,
        body="""
上周，公司组织我们几个项目安全员到市产品质量检验所，观摩了一次安全帽冲击和耐穿刺试验。半天时间不长，但给我的触动很大。
一是看到了“合格”两个字的分量。试验中，一顶没有合格证的安全帽在5公斤钢锤下帽壳直接开裂，而合格产品虽然被砸出凹痕，传到头模上的冲击力却远低于标准限值。以前总觉得安全帽都差不多，现在明白，采购时查验检验报告一点都马虎不得。
二是认识到帽衬和下颏带同样重要。检验员说，很多伤害不是帽壳不结实，而是帽衬调得太松或者下颏带没系，安全帽一撞就飞了。
三是明白了到期更换的道理。塑料会老化，暴晒两三年后抗冲击性能明显下降。回到项目后，我打算对全部安全帽重新登记生产日期，过期的一律更换。
安全帽戴在头上，责任扛在肩上。我会把这次学到的东西讲给每一个班组。
""",
    ),
    dict(
        slug="wechat-shenwan-fire-swatter-star-prompt",
        site="mirror of the WeChat account 蜃湾消防 (invented)",
        style="公众号镜像",
        genre="提示",
        kind="news",
        form="html",
        source="https://wx.gzhcun.com/a/shenwanxf/20240703_1.html",
        title="夏夜用电蚊拍，这几件事千万别做",
        record_title="夏夜用电蚊拍，这几件事千万别做（转载）· 公众号存档 · 蜃湾消防",
        date="2024-07-03",
        notes="WeChat mirror: a star prompt glued before the first words, 原创 tag, account line taken as the date, 阅读原文/在看/赞赏 rows, a QR line and the mirror's note; the article's own 关注 sentence stays",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta property="og:title" content="夏夜用电蚊拍，这几件事千万别做">
<title>夏夜用电蚊拍，这几件事千万别做（转载）· 公众号存档 · 蜃湾消防</title>
<script>var biz="MzkxNDQ3OTgyMQ==",mid="2247486120";</script>
</head>
<body>
<div class="mirror-bar">⟦m 公号存档馆⟧ <span>⟦m 收录公众号文章，方便检索回看⟧</span></div>
<div id="js_article" class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list"><span class="original">⟦m 原创⟧</span> <span>⟦m 蜃湾消防⟧</span> <em id="publish_time">⟦m 2024年07月03日 19:30⟧</em> <span>⟦m 广东⟧</span></div>
<div class="rich_media_content" id="js_content">
{BODY}
<p style="text-align:center"><span>⟦m 图文：宣传科　审核：宋远帆⟧</span></p>
</div>
<div class="rich_media_tool"><a>⟦a 阅读原文⟧</a> <span>⟦m 阅读 1.1万⟧</span> <a>⟦a 在看 57⟧</a> <a>⟦a 喜欢作者⟧</a></div>
<div class="qr">⟦m 长按识别二维码，关注蜃湾消防⟧</div>
</div>
<div class="mirror-foot">⟦d 本存档仅作索引备份，文章权利归原公众号所有，如需删除请留言⟧</div>
</body>
</html>
""",
        p_html='<section style="margin:0 8px;"><p><span style="font-size:16px;">{}</span></p></section>',
        body="""
⟦a 点上方“蜃湾消防”，设为星标不迷路⟧入夏以来，电蚊拍成了不少家庭的“灭蚊神器”。但用不好，它也可能变成火灾隐患。
6月29日晚，县城一居民将电蚊拍放在沙发上充电后外出，电池过热引燃坐垫，所幸邻居及时发现报警，火势没有蔓延。
消防部门提醒大家：
一、不要在床铺、沙发等可燃物上给电蚊拍充电，充电时人不要离开，充满后及时拔下插头。
二、不要在燃气灶、酒精、花露水附近挥拍灭蚊，电网放电的火花可能引燃可燃气体。
三、不要让儿童拿电蚊拍玩耍，更不要用手指触碰电网。
四、电池鼓包、外壳破损的电蚊拍要及时停用，不要自行拆改。
关注“蜃湾消防”，获取更多夏季防火小知识。
""",
    ),
    dict(
        slug="wechat-qiuling-police-safe-scam-no-title",
        site="公号文章归档站 mirror of 虬岭公安 (invented)",
        style="公众号镜像",
        genre="警情通报",
        kind="news",
        form="text",
        source="http://www.gongzhonghao-gd.com/qiulinggongan/20240809/1.html",
        title="有人上门推销“防盗保险柜”？当心是骗局",
        record_title=None,
        date="2024-08-09",
        notes="no title in the record: the article's title line on the page; the account line is the page's date; follow prompt, 阅读全文 and 在看 prompts, a past-articles list; a numbered list and a sentence asking readers to pass it on stay",
        page="""
!m 公号文章归档站 · 虬岭公安
{T}
!m 虬岭公安　2024-08-09 18:00　发布于 湖北
!a 戳蓝字“虬岭公安”，第一时间获取警情提示
{BODY}
!a 点击“阅读全文”查看反诈宣传手册
!l 往期回顾：
!l ▎冒充客服退款？挂断！
!l ▎“刷单返利”又出新花样
!a 点个“在看”，让更多人看到
!d 本页由归档站自动收录，文章版权归原公众号
""",
        body="""
近日，虬岭县公安局城关派出所接到多名老人报警，称有人上门推销“防盗保险柜”，交了定金后对方就联系不上了。
经查，嫌疑人冒充“社区安防服务中心”工作人员，以免费上门检测家庭防盗为名进入老人家中，夸大入室盗窃风险，再以“限时补贴价”推销保险柜，收取500元至2000元不等的定金后消失。目前，警方已抓获嫌疑人2名，追回部分钱款。
警方提醒：
1.社区和公安机关不会上门推销任何安防产品。
2.购买保险柜请到正规商场或品牌门店，索要发票和产品合格证。
3.遇到可疑人员上门，请及时拨打110或联系社区民警。
请大家把这条提醒转给家里的老人。
""",
    ),
    dict(
        slug="docshare-shiye-safe-rules-points-lock",
        site="拾页文档网 (invented sharing site)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="html",
        source="https://www.shiyedoc.com/d/71630492.html",
        title="机关财务室保险柜使用管理制度",
        record_title="机关财务室保险柜使用管理制度.docx",
        date=None,
        notes="a sharing reader: file-name title, ratings, an upload notice, a points lock and a service WeChat; rules with 第N条 articles, one of which speaks of downloading and printing a form; no date (effective clause only)",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>机关财务室保险柜使用管理制度.docx-拾页文档网</title>
<script src="/assets/js/viewer.js"></script>
</head>
<body>
<div class="sy-top"><a href="/">⟦m 拾页文档网⟧</a> <span>⟦m 一页一页，拾起有用的⟧</span> <a>⟦a 上传赚积分⟧</a> <a>⟦a 登录⟧</a></div>
<div class="sy-crumb">⟦m 拾页文档网 / 办公文档 / 规章制度 / 财务制度⟧</div>
<div class="sy-doc">
<h1>⟦t 机关财务室保险柜使用管理制度.docx⟧</h1>
<div class="sy-meta">⟦m 贡献者：雨后青苔　2页　评分 4.7（86人评）　下载 1355 次⟧</div>
<div class="sy-upload">⟦d 本文档由用户自行上传，拾页文档网不对内容的准确性负责，如有侵权请联系下架⟧</div>
<div class="sy-text">
{BODY}
</div>
<div class="sy-lock">⟦a 完整文档需消耗3积分下载，积分不足？签到即可领取⟧</div>
<div class="sy-btn"><button>⟦a 下载文档⟧</button> <button>⟦a 加入文集⟧</button></div>
</div>
<aside class="sy-side"><h4>⟦l 相似制度推荐⟧</h4><ul><li>⟦l 单位现金管理制度（通用版）⟧</li><li>⟦l 财务印章管理办法⟧</li></ul>
<p>⟦w 找不到想要的制度？客服微信 shiye_kf007 帮您代找⟧</p></aside>
<footer>⟦m 拾页文档网 版权所有 2018-2024　鲁ICP备18037715号⟧</footer>
</body>
</html>
""",
        body="""
第一条　为加强机关财务室保险柜管理，保障现金、票据、印章和重要凭证安全，结合本单位实际，制定本制度。
第二条　财务室保险柜由出纳人员专人使用，钥匙和密码分别由出纳和会计保管，不得由一人同时掌握。
第三条　保险柜内只存放库存现金、空白支票、财务印章、有价证券和重要凭证，不得存放私人财物。
第四条　保险柜密码每季度更换一次，人员变动时应当即更换，更换记录由财务负责人签字确认。
第五条　保险柜钥匙、密码遗失或柜体出现被撬痕迹的，应立即报告单位负责人，并保护现场。
第六条　财务负责人每月对保险柜内物品检查一次，检查情况填入《保险柜检查登记表》，登记表可从单位内网下载打印。
第七条　本制度由办公室负责解释，自印发之日起施行。
""",
    ),
    dict(
        slug="docshare-moge-request-globe-doc-name",
        site="墨格文档 (invented sharing site)",
        style="文档分享",
        genre="请示",
        kind="other",
        form="text",
        source="https://www.mogewendang.com/doc/5528163.html",
        title="关于购置地球仪等地理教学仪器的请示",
        record_title="关于购置地球仪等地理教学仪器的请示.doc",
        date="2024-02-26",
        notes="a sharing page in text: the file name as the title, size and uploader line, an upload notice, a service WeChat line; a numbered list and the school's own contact stay; 成文日期 under the signature",
        page="""
!m 墨格文档 - 让文档流动起来
!t 关于购置地球仪等地理教学仪器的请示.doc
!m 大小：26KB　共1页　上传于 5 天前　上传者：clouds_2011
!a ★★★★☆ 我要评分　|　收藏　|　举报
{BODY}
!d 免责提醒：本文档为网友分享，仅供学习交流，不得用于商业用途。
!w 需要同类请示改写？文档客服微信：moge-kefu66
!a 下载本文档需2个墨豆，新用户注册送10墨豆
""",
        indent="\u3000\u3000",
        body="""
县教育局：
我校现有初中教学班24个，地理专用教室1间。现有地球仪大多购于2012年，经多年使用，转轴松动、球面磨损严重，部分产品地名标注已不符合现行规范，无法满足教学需要。
为保障地理课程正常开展，经校务会研究，拟购置以下教学仪器：
1.教学用地球仪（直径32厘米）30个；
2.地形地球仪（直径42厘米）2个；
3.三球仪（演示用）4台。
以上仪器预算共计1.86万元，拟从学校公用经费中列支，采购将按规定通过县政府采购平台实施。
妥否，请批示。
联系人：毛镜秋，电话：0762-4417390。
鼋溪县第三中学
2024年2月26日
""",
    ),
    dict(
        slug="edu-chiyang-notice-globe-attachments-mailbox",
        site="螭阳县教育局 (invented education portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.chiyang.gov.cn/tzgg/202410/t20241015_9031.html",
        title="关于开展中小学在用地球仪地图内容排查的通知",
        record_title="【通知速递】关于开展中小学在用地球仪地图内容排查的通知 · 螭阳教育网",
        date="2024-10-14",
        date_also=["2024-10-15"],
        notes="education portal: 长辈阅读/语音 links, the bureau's contact and mailbox beside the site's technical line, 附件 list beside an attachment download link, a sentence about scanning and mailing a form; page date differs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【通知速递】关于开展中小学在用地球仪地图内容排查的通知 · 螭阳教育网</title>
<script src="/js/jquery-3.6.0.min.js"></script>
<script src="/js/elder.js"></script>
</head>
<body>
<div class="top-links">⟦m 螭阳教育网⟧ <a>⟦a 长辈阅读⟧</a> <a>⟦a 语音朗读⟧</a> <a>⟦a 视障辅助⟧</a></div>
<div class="nav">⟦m 首页　教育要闻　通知公告　政策文件　招生考试　教师发展⟧</div>
<div class="location">⟦m 您现在的位置：首页 → 通知公告⟧</div>
<div class="detail">
<h2>{T}</h2>
<div class="attr">⟦m 发布日期：2024-10-15　来源：县教育局办公室　浏览：1746⟧</div>
<div class="detail-body">
{BODY}
</div>
<div class="attach">⟦a 附件下载：排查情况统计表.xls（32KB）　登记封存清单.xls（18KB）⟧</div>
<div class="prev-next">⟦l 上一条：关于做好秋季学期学生资助工作的通知⟧<br>⟦l 下一条：关于公布县级优秀少先队辅导员名单的通知⟧</div>
</div>
<div class="foot">
<p>⟦m 主办单位：螭阳县教育局　地址：螭阳县文昌路18号⟧</p>
<p>⟦m 技术支持：螭阳县教育信息中心 0766-5281000⟧</p>
<p>⟦m 湘ICP备11007452号-3⟧</p>
</div>
</body>
</html>
""",
        body="""
各乡镇中心学校，县直各学校：
地球仪是学生认识国家版图的重要教具。为落实国家版图意识教育要求，县教育局决定在全县中小学开展在用地球仪地图内容排查。现将有关事项通知如下。
一、排查内容
各校在用的地球仪、地图挂图是否由正规出版单位出版、是否标注审图号，国界线、重要岛屿和地名标注是否准确规范。
二、工作安排
各校于10月25日前完成自查，填写排查情况统计表；对存在问题的教具立即停止使用并登记封存，由县教育局统一联系处置。
三、有关要求
请各校于10月28日前将统计表加盖公章后扫描发送至指定邮箱。
联系人：饶曼青，电话：0766-5281047，邮箱：cyjyzb@chiyang-edu.cn
附件：1.在用地球仪地图内容排查情况统计表
2.问题教具登记封存清单
螭阳县教育局
2024年10月14日
""",
    ),
    dict(
        slug="edu-tuohu-notice-fishtank-kindergarten",
        site="鼍湖教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.tuohu-edu.cn/xqjy/2024/0909/2216.html",
        title="关于加强幼儿园自然角鱼缸等玻璃器具安全管理的通知",
        record_title="【学前教育】关于加强幼儿园自然角鱼缸等玻璃器具安全管理的通知_鼍湖教育信息网",
        date="2024-09-09",
        notes="district education site in text: a large-print/read-aloud row, a scan-to-read line between paragraphs, prev/next and footer; 成文日期 under the signature equals the page date",
        page="""
!m 鼍湖教育信息网
!m 首页 ▶ 学前教育 ▶ 正文
!t 【学前教育】关于加强幼儿园自然角鱼缸等玻璃器具安全管理的通知
!m 作者：学前教育科　日期：2024-09-09　点击数：903
!a 【大字版】【听本文】【打印】
{BODY}
!l 上一篇：鼍湖区2024年秋季幼儿园招生工作情况通报
!l 下一篇：关于开展“安全伴我行”幼儿安全教育周活动的通知
!m 鼍湖区教育局主办　技术维护：区教育装备与信息中心
""",
        indent="\u3000\u3000",
        body="""
各幼儿园：
近期，外地发生一起幼儿园教室鱼缸玻璃破裂划伤幼儿的事件。为切实保障幼儿在园安全，现就加强自然角鱼缸等玻璃器具安全管理通知如下：
一、全面排查。各园对活动室、走廊自然角摆放的鱼缸、玻璃花瓶等器具进行一次全面排查，鱼缸容量超过20升或放置高度超过80厘米的，一律撤下或更换为亚克力材质。
⟦a 手机扫一扫，随时随地看本文⟧
二、规范摆放。保留的鱼缸应放在稳固的矮柜上，四角加装防撞护角，加热棒、过滤器的电源线要固定并远离幼儿可触及范围。
三、专人管理。每个班级明确一名保育员负责鱼缸换水和日常检查，发现裂纹、渗水立即停用。
请各园于9月20日前完成排查整改，并将整改情况报区教育局学前教育科。
鼍湖区教育局
2024年9月9日
""",
    ),
    dict(
        slug="oa-panjian-minutes-hardhat-circulation",
        site="蟠建集团协同办公平台 (invented OA)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.panjian-group.com/seeyon/doc/view?id=-4718820019",
        title="关于项目部安全帽配发和检查管理的专题会议纪要",
        record_title="收文｜关于项目部安全帽配发和检查管理的专题会议纪要（蟠建OA）",
        date="2024-03-19",
        date_also=["2024-03-21"],
        notes="an OA document view: the 时间/地点/主持/参会/记录 lines of the minutes stay in the body and the 时间 line is the date; the OA send date differs; 流转记录, read count and a mark-as-read button; a confidentiality line glued before the first words",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>收文｜关于项目部安全帽配发和检查管理的专题会议纪要（蟠建OA）</title>
<script src="/seeyon/common/js/ui.js"></script>
<style>.flow td{border:1px solid #ccc}</style>
</head>
<body>
<div class="oa-head">⟦m 蟠建集团协同办公平台⟧ <span>⟦m 当前用户：项目安全总监 祁望⟧</span> <a>⟦a 退出系统⟧</a></div>
<div class="oa-menu">⟦m 待办事项　已办事项　公文管理　知识中心　通讯录⟧</div>
<div class="oa-doc">
<div class="oa-doc-head">
<h2>{T}</h2>
<p>⟦m 发文部门：安全环保部　发送时间：2024-03-21 09:12　密级：内部⟧</p>
<p>⟦m 已阅 143 人　未阅 12 人⟧</p>
</div>
<div class="oa-doc-body">
{BODY}
</div>
<table class="flow">
<tr><th>⟦m 流转记录⟧</th></tr>
<tr><td>⟦m 柯雨桐 拟稿 2024-03-20 16:40⟧</td></tr>
<tr><td>⟦m 雷振霄 审核通过 2024-03-21 08:55⟧</td></tr>
<tr><td>⟦m 集团办公室 分发 2024-03-21 09:12⟧</td></tr>
</table>
<div class="oa-btns"><button>⟦a 标为已读⟧</button> <button>⟦a 转给同事⟧</button> <button>⟦a 存为PDF⟧</button></div>
</div>
<div class="oa-foot">⟦m 信息中心运维热线：分机 6600⟧</div>
</body>
</html>
""",
        body="""
⟦d 【内部资料 严禁外传】⟧时间：2024年3月19日下午2:30
地点：集团本部三楼第二会议室
主持：副总经理 雷振霄
参会：安全环保部、工程管理部、物资设备部负责人，各项目部安全总监
记录：安全环保部 柯雨桐
会议听取了安全环保部关于一季度安全帽专项检查情况的汇报，研究了安全帽配发和检查管理工作。纪要如下：
一、统一采购。安全帽由物资设备部统一招标采购，各项目部不得自行零星采购，供应商须提供每批次检验报告。
二、分色管理。管理人员戴白色，技术人员戴蓝色，作业人员戴黄色，特种作业人员戴橙色，访客戴红色并由专人陪同。
三、建立台账。各项目部建立安全帽发放台账，记录编号、领用人和生产日期，超过使用期限的集中回收销毁。
四、加强检查。安全环保部每月组织一次联合检查，检查结果纳入项目部月度考核。
""",
    ),
    dict(
        slug="oa-houtian-water-bulletin-safe-unlocked",
        site="鲎田水务有限公司内部信息门户 (invented intranet)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://10.18.2.7/portal/notice/2024/0415/311.html",
        title="关于财务部保险柜夜间未上锁情况的通报",
        record_title="〔内网公告〕关于财务部保险柜夜间未上锁情况的通报【请传阅】",
        date="2024-04-15",
        notes="an intranet notice in text: a confidentiality tag glued before the salutation, read count, buttons and the IT desk's extension; 成文日期 under the signature",
        page="""
!m 鲎田水务有限公司内部信息门户（仅限内网访问）
!m 位置：首页 / 公告通报 / 管理通报
!t 〔内网公告〕关于财务部保险柜夜间未上锁情况的通报【请传阅】
!m 发布部门：综合办公室　发布人：冉慧　发布时间：2024-04-15 17:20　已读 86 人
{BODY}
!a 〔标为已读〕〔转发同事〕〔导出PDF〕
!l 同栏目：关于规范公务用车使用登记的通知　｜　一季度安全生产检查情况通报
!m IT服务台：分机 8000
""",
        indent="\u3000\u3000",
        body="""
⟦d 【内部资料 注意保密】⟧公司各部门：
4月11日晚，保卫科值班人员夜间巡查时发现，财务部办公室保险柜柜门未锁闭，柜内存放有备用金和部分票据。经核查，当日下班时财务部出纳人员孙某因急于离开，未按规定锁闭保险柜、打乱密码，财务部也未落实下班前复核制度，所幸未造成财产损失。
为严肃工作纪律，经公司研究，决定对孙某予以通报批评，扣发当月绩效奖金，并对财务部负责人进行约谈。
各部门要引以为戒：一是存放现金、印章和重要资料的保险柜，下班前必须锁闭并打乱密码；二是落实下班前双人复核，复核情况记入值班登记本；三是保卫科要加强夜间巡查，发现问题及时报告。
鲎田水务有限公司办公室
2024年4月15日
""",
    ),
]
