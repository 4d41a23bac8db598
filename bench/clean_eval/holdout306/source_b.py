"""holdout306, part B: blogs, WeChat mirrors, document-sharing sites, education portals and intranets.

Invented text throughout (sites, places, people, phones, URLs); see ../README.md and ../build.py.
"""

CASES = [
    dict(
        slug="blog-dengxia-memoir-grandma-porcelain-spoon",
        site="灯下小记 (invented, Typecho-like blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="html",
        source="https://dengxia-xiaoji.example.net/archives/214/",
        title="外婆那把豁口的瓷勺",
        record_title="外婆那把豁口的瓷勺 — 灯下小记（老物件札记）",
        date=None,
        notes="a blog post with tag cloud, month archive, prev/next links and a comment form; only an edit stamp "
        "'最后编辑于 2 天前' (no date); a reader-underline count glued after a sentence",
        page="""
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8">
<title>外婆那把豁口的瓷勺 — 灯下小记（老物件札记）</title>
<link rel="alternate" type="application/rss+xml" href="/feed/"><script src="/usr/themes/lamp/main.js"></script></head>
<body class="single">
<header><div class="site-title">⟦m 灯下小记⟧</div><div class="site-desc">⟦m 一盏灯，几行字，记些慢慢忘掉的事⟧</div>
<nav><a>⟦m 首页⟧</a> <a>⟦m 旧物⟧</a> <a>⟦m 读书⟧</a> <a>⟦m 关于⟧</a></nav></header>
<main><article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 分类：旧物　｜　阅读 312　｜　最后编辑于 2 天前⟧</div>
<div class="entry-content">
{BODY}
</div>
<div class="tags">⟦l 标签：外婆 瓷勺 老物件⟧</div>
<nav class="post-nav">⟦l ← 前一篇：搪瓷缸上的红双喜⟧ ⟦l 后一篇：老屋门口的石磨 →⟧</nav>
<section id="comments"><h3>⟦l 留言（3）⟧</h3>
<div class="comment">⟦l 青梅：看哭了，我外婆也这样试烫⟧</div>
<form><p>⟦l 说点什么吧……⟧</p><button>⟦a 提交留言⟧</button></form></section>
</article></main>
<aside><h4>⟦l 标签云⟧</h4><p>⟦l 旧物 外婆 故乡 读书 灯下⟧</p><h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2025年三月（4）⟧</li><li>⟦l 2025年二月（2）⟧</li></ul></aside>
<footer>⟦m © 灯下小记 · 本站采用 Typecho 搭建⟧</footer>
</body></html>
""",
        body="""
外婆家的碗柜里，一直放着一把白瓷勺，勺沿缺了米粒大的一块，勺柄背面印着一朵褪了色的蓝花。
小时候我发烧吃不下饭，外婆就用这把勺子喂我米汤。她总是先把勺子在自己嘴边碰一碰，试试烫不烫，再把缺口那边转开，说：“别划着嘴。”⟦l 〔本段被 27 位读者划线〕⟧
后来家里添了不锈钢勺，亮闪闪的，表姐们都抢着用，只有外婆还用那把旧瓷勺喝粥。她说瓷勺不烫手，汤在里面凉得慢，喝着踏实。
外婆走后，舅舅收拾碗柜，问我要不要留点什么。我只要了这把瓷勺。如今它放在我书桌的笔筒旁，偶尔拿起来，还能摸到那个小小的缺口。
""",
    ),
    dict(
        slug="blog-qiuyuan-memoir-bamboo-grain-rake-wrapped",
        site="坵原一叟的博客 (invented, hosted blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="text",
        source="http://blog.boke-yuandi.example.com/qiuyuanyisou/art/20250917.html",
        title="晒谷场上的竹谷耙",
        record_title="【旧事重提】晒谷场上的竹谷耙 - 坵原一叟的博客",
        date=None,
        notes="a memoir hard-wrapped at 56 columns; a photo placeholder between paragraphs; an update stamp '更新于 4 天前' "
        "and a year-free text: no date",
        page="""
!m 坵原一叟的博客
!m 老头子写点老事情
!m 博客首页 | 故乡旧事 | 诗词习作 | 留言本
!t 【旧事重提】晒谷场上的竹谷耙
!m 分类：故乡旧事　阅读(208)　评论(5)　更新于 4 天前
{BODY}
!a 〖转载〗〖收藏〗〖推荐给好友〗
!l 前一篇：夏夜乘凉听古
!l 后一篇：母亲的纺车
!l 最新评论
!l 山里娃：看到谷耙两个字，想起爷爷了
!l 发表评论（登录后可发言）
!m 坵原一叟的博客 · 由博客园地提供空间
""",
        wrap=56,
        indent="\u3000\u3000",
        body="""
我们村的晒谷场在祠堂前面，是一块用石灰和黄泥夯出来的平地。每年早稻收割以后，各家轮流晒谷，场上摊满了金黄的稻谷。
晒谷离不开谷耙。村里的谷耙都是竹子做的，一根长柄，头上一排竹齿，齿尖削得圆圆的，不伤谷粒。父亲每年入夏前都要削一把新的，旧的就留给我和弟弟玩。
⟦m ［图片：老屋祠堂前的晒谷场，加载失败］⟧
翻谷要趁日头最毒的时候。大人拉着谷耙在谷堆里走一趟，身后就留下一道道整齐的垄沟，像梳过的头发。过一个钟头再横着耙一遍，谷子上下翻个身，晒得才匀。
最怕的是午后变天。乌云一压过来，全村男女老少都往晒场跑，谷耙推、扫帚扫、箩筐装，抢在雨点落下前把谷子收进祠堂。那种热闹，如今再也见不到了。
""",
    ),
    dict(
        slug="wechat-chufang-ladle-rack-hygiene-h1-missing",
        site="微读镜像 mirror of the account 厨房里的科学 (invented)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://weidu-mirror.example.com/s/cfldkx/20250722-1",
        title="汤勺架底下那滩水，可能比抹布还脏",
        record_title=None,
        date="2025-07-22",
        notes="no title in the record and none in <title> (the account's name): the rich_media_title h1 holds it; a "
        "follow prompt glued before the first words; a related-reading line between paragraphs; the account line's "
        "date is the page's date; collection tag, 阅读原文/在看 row, QR prompt and the mirror's note under the text",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>厨房里的科学 - 微读镜像</title>
<meta property="og:site_name" content="微读镜像"><script>var mirrorBiz="cfldkx";</script></head><body>
<div class="mirror-bar">⟦m 微读镜像 · 公众号好文离线存档⟧ <a>⟦a 返回公众号列表⟧</a></div>
<div id="js_article" class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list"><span class="original">⟦m 原创⟧</span> <span>⟦m 鲍小满⟧</span> <a id="js_name">⟦m 厨房里的科学⟧</a> <em id="publish_time">⟦m 2025年07月22日 18:30⟧</em> <em>⟦m 浙江⟧</em></div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<p>⟦m 文字：鲍小满　配图：厨房里的科学编辑部⟧</p>
<div class="collection">⟦l 收录于合集 #厨房清洁 12个⟧</div>
<div class="read-more">⟦a 阅读原文⟧ ⟦m 阅读 1.2万⟧ ⟦l 分享 点赞 在看⟧</div>
<div class="qr">⟦a 长按识别二维码，关注厨房里的科学⟧</div>
<div class="mirror-foot">⟦d 本页为公众号文章的离线镜像，版权归原作者，如需删除请联系 mirror@weidu.example.com⟧</div>
</div></body></html>
""",
        p_html='<section><p style="font-size:16px;line-height:1.75em;">{}</p></section>',
        body="""
⟦a 点上方“厨房里的科学”关注，每天一条居家小知识⟧做饭时，很多人习惯把刚用过的汤勺随手挂回汤勺架上。汤勺上的油水一滴滴往下流，时间一长，汤勺架底座就积起一滩浑浊的水。
别小看这滩水。疾控部门的检测人员曾对家庭厨房常用物品做过采样，汤勺架底座积水中的菌落总数，有时比用了一周的抹布还高。潮湿、温暖、有油脂，正是细菌最喜欢的环境。
怎么办？记住三点：
1.汤勺用完先洗净沥干再挂，不要带着汤汁挂回去；
2.选底座能拆洗、有排水孔的汤勺架，每周至少拆下来刷洗一次；
3.挂钩和底座连接处最容易藏污，可以用旧牙刷蘸小苏打刷一刷，再用开水烫一遍。
⟦l 往期也看：砧板到底多久该换一块？⟧
另外，汤勺架最好挂在离灶台稍远、通风好的位置，别紧挨着水槽。厨房干爽了，细菌自然就少了。
""",
    ),
    dict(
        slug="wechat-jishui-pledge-old-farm-tools-cn-date",
        site="镜像阅读 mirror of the account 耤水文化 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="notice",
        form="text",
        source="http://jingxiang-read.example.cn/mp/jswh/2025060901.html",
        title="关于守护老农具、留住稻作记忆的倡议书",
        record_title="关于守护老农具、留住稻作记忆的倡议书 —— 耤水文化（公号镜像页）",
        date="2025-06-06",
        date_also=["2025-06-09"],
        notes="a WeChat mirror: account line with its own date above, a follow prompt, credits, past-issues list and a "
        "在看 prompt below; the pledge's date in Chinese numerals under the signature is expected, the account date "
        "also accepted; '分享' spoken of as content in the body",
        page="""
!m 耤水文化
!m 2025年06月09日 08:15　原创　耤水县文化馆
!a ▲ 轻点上方蓝字“耤水文化”，不错过每一期
{T}
{BODY}
!m 图文：耤水县文化馆　编辑：侯雨禾　审核：冉立新
!l ▼ 往期回顾
!l 非遗传承人走进耤水三中
!l 耤水花鼓戏进社区
!a 点“在看”，把老农具的故事讲给更多人听
!d 镜像说明：本页由公众号内容自动镜像生成，原文以公众号发布为准
""",
        gap=True,
        body="""
全县广大乡亲朋友们：
秧马、禾桶、谷耙、风车……这些老农具伴随祖祖辈辈走过了无数个春种秋收。如今，机械化生产普及，许多老农具被劈作柴火，或在阁楼角落里慢慢朽坏。为留住稻作记忆，我们发出如下倡议：
一、请不要随意丢弃、焚烧家中的老农具，尤其是保存较完整的秧马、禾桶、蓑衣等，可以先拍照登记。
二、欢迎把老农具捐赠或借展给县文化馆，我们将登记造册、妥善修复，并在展陈中注明捐赠人。
三、请家中老人讲一讲老农具的用法和故事，由年轻人记录下来，文化馆可以帮助整理成册。
四、请把这份倡议分享给家里有老物件的亲戚朋友，让更多人参与进来。
耤水县文化馆
二〇二五年六月六日
""",
    ),
    dict(
        slug="docshare-yixiang-contract-template-porcelain-spoon-doc",
        site="易享文档 (invented document-sharing site)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.yixiangdoc.example.com/view/9c41e07a2b.html",
        title="瓷勺采购合同（范本）",
        record_title="瓷勺采购合同（范本）.doc",
        date=None,
        notes="file-name record title; a contract template with ×××× placeholders, ＿＿ blanks, ＿＿＿＿年＿＿月＿＿日 and "
        "第N条 articles (no date); an upload stamp, a points lock, an upload notice and a service WeChat",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>瓷勺采购合同（范本）.doc - 易享文档</title><script src="/js/share.js"></script></head>
<body><div class="header"><a href="/">⟦m 易享文档⟧</a> <span>⟦m 好文档 人人享⟧</span> <a href="/up">⟦a 上传赚积分⟧</a> <a href="/login">⟦a 去登录 · 免费注册⟧</a></div>
<div class="crumbs">⟦m 易享文档 ＞ 合同协议 ＞ 采购合同⟧</div>
<div class="doc-title"><h1>{T}</h1><p>⟦m 文件类型：DOC　大小：26KB　共2页　上传于 5 天前⟧</p></div>
<div class="doc-view">
{BODY}
</div>
<div class="lock">⟦a 下载需消耗 8 积分，签到可领积分⟧ <button>⟦a 立即下载⟧</button></div>
<div class="upload-note">⟦d 本文档由网友上传，版权归上传者所有，仅供参考，如有侵权请联系客服删除⟧</div>
<div class="kefu">⟦w 文档问题找客服，微信：yixiang_doc02⟧</div>
<div class="rel">⟦l 你可能还需要：食堂餐具采购合同.doc｜陶瓷制品买卖合同.docx⟧</div>
<footer>⟦m 易享文档 yixiangdoc.example.com 苏ICP备22031578号⟧</footer>
</body></html>
""",
        body="""
甲方（采购方）：××××学校
乙方（供货方）：××××陶瓷有限公司
第一条　甲方向乙方采购釉下彩瓷勺＿＿＿＿把，单价＿＿＿＿元，合同总价＿＿＿＿元（大写：＿＿＿＿＿＿）。
第二条　乙方所供瓷勺应符合食品接触用陶瓷制品国家标准，每批次随货提供铅、镉溶出量检测报告。
第三条　乙方应于＿＿＿＿年＿＿月＿＿日前将货物送至甲方指定地点，运费由乙方承担。
第四条　甲方收货时按5%的比例抽检，发现裂纹、掉釉、变形的，乙方应在七日内无偿调换。
第五条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　　　乙方（盖章）：
代表人：　　　　　　　　　代表人：
签订日期：＿＿＿＿年＿＿月＿＿日　　签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="docshare-gongdu-report-coop-rakes-mix-markers",
        site="共读文档网 (invented document-sharing site)",
        style="文档分享",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.gongdu-doc.example.com/d/2025/0214/552817.html",
        title="畬田镇谷丰农机专业合作社理事长2024年度述职报告",
        record_title="【述职参考稿】畬田镇谷丰农机专业合作社理事长2024年度述职报告（Word可二改）- 共读文档网",
        date="2025-01-10",
        notes="a sharing page: page markers '⪨ n ⪩' cut sentences, on lines of their own or glued to the continuation; "
        "the upload date is no date, the date under the 述职人 line is",
        page="""
!m 共读文档网 — 文档共享平台
!t 【述职参考稿】畬田镇谷丰农机专业合作社理事长2024年度述职报告（Word可二改）
!m 分享人：农机老邬　　格式：DOCX　　页数：3　　上传：2025-02-14
!a ⬇ 下载到电脑　　★ 加入收藏
!d 本文档为用户分享内容，共读文档网不对其合法性、准确性承担责任
{BODY}
!a 已显示全部预览内容，下载后可编辑
!l 同分享人的其他文档：合作社章程范本.docx　农机作业服务合同.doc
!m 共读文档网客服邮箱：help@gongdu-doc.example.com
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⪨ {n} ⪩", every=140, start=2, glue="mix", sep=" "),
        body="""
各位理事、社员代表：
2024年，我在镇党委、政府的指导下，带领合作社全体社员，围绕“农机服务到田头、晒收服务到场头”的目标开展工作，现将履职情况报告如下。
一是扩大服务规模。全年为社员和周边农户提供机耕、机插、机收服务1.36万亩，比上年增加2100亩；新建烘干房一座，在三个村设立晒场服务点，配备竹谷耙、木锨、晒垫等晾晒农具一百二十件，免费借给农户使用。
二是规范内部管理。修订财务管理制度和农具借用登记办法，农具借用实行押金制，全年借出谷耙、晒垫等农具两千余次，损坏丢失率不到百分之二。
三是带动社员增收。全年实现服务收入186万元，按交易量向社员返还盈余31万元，户均增收1400元。
不足之处是烘干能力仍然偏小，雨季晒收压力大。新的一年，我将争取项目资金，再建一座烘干房，让乡亲们少受“抢晒”之苦。
述职人：邬家旺
2025年1月10日
""",
    ),
    dict(
        slug="edu-gekou-notice-underglaze-spoons-attachments",
        site="垕州市塥口区教育局 (invented education portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.gekou.example.gov.cn/tzgg/2025/0828/1204.html",
        title="关于全区中小学食堂统一更换釉下彩瓷勺的通知",
        record_title="关于全区中小学食堂统一更换釉下彩瓷勺的通知_通知与公示_塥口区教育局",
        date="2025-08-26",
        date_also=["2025-08-28"],
        notes="an education bureau with 长者模式/读屏浏览 links; the notice's own 联系人/电话/邮箱 and 附件 list beside "
        "the portal's attachment download links and its technical-support phone; '扫码签到' as content; 成文日期 "
        "expected, 发布日期 also accepted",
        page="""
<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8">
<title>关于全区中小学食堂统一更换釉下彩瓷勺的通知_通知与公示_塥口区教育局</title><script src="/js/jquery.js"></script></head>
<body>
<div class="toolbar"><a>⟦a 长者模式⟧</a> <a>⟦a 读屏浏览⟧</a> <a>⟦a 简/繁⟧</a></div>
<div class="logo">⟦m 垕州市塥口区教育局⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 教育要闻⟧</li><li>⟦m 通知通告⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 招生考试⟧</li></ul>
<div class="pos">⟦m 所在位置：首页 ▸ 通知通告⟧</div>
<h2 class="title">{T}</h2>
<div class="attr">⟦m 发布日期：2025-08-28　发布单位：后勤保障中心　阅读：652⟧</div>
<div class="article">
{BODY}
</div>
<div class="attach">⟦a 📎 附件1 瓷勺清点登记表.xls（点击下载）⟧<br>⟦a 📎 附件2 食堂餐具采购验收要点.pdf（点击下载）⟧</div>
<div class="scan">⟦a 手机扫一扫，随时看通知⟧</div>
<div class="footer"><p>⟦m 版权所有：垕州市塥口区教育局⟧</p><p>⟦m 网站技术支持电话：0739-2286500⟧</p><p>⟦m 湘ICP备13008812号-2⟧</p></div>
</body></html>
""",
        body="""
各中小学校、幼儿园：
为进一步保障师生用餐安全，经研究，区教育局决定在全区中小学、幼儿园食堂统一更换釉下彩瓷勺，现将有关事项通知如下。
一、更换范围。全区42所中小学、幼儿园食堂使用的釉上彩瓷勺、塑料勺，以及有裂纹、缺口、掉釉的瓷勺，一律更换为釉下彩或白瓷勺。
二、时间安排。各校于9月15日前完成清点，9月30日前完成更换，旧勺登记后统一回收，不得转作他用。
三、培训要求。9月10日下午在区教育局三楼会议室召开食堂负责人培训会，参会人员到场后扫码签到。
联系人：区教育局后勤保障中心 庞宇辰，电话：0739-8837215，邮箱：gkqjyj_hq@example.cn
附件：1.瓷勺清点登记表
2.食堂餐具采购验收要点
塥口区教育局
2025年8月26日
""",
    ),
    dict(
        slug="edu-yunyang-plan-seedling-horse-decimal-headings",
        site="畇阳县教育体育局 (invented education portal, text page)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://jtj.yunyang.example.gov.cn/dytd/ldjy/202504/t20250423_3317.html",
        title="畇阳县第二实验小学“秧田里的课堂”农耕劳动实践活动方案",
        record_title="【劳动实践周】畇阳县第二实验小学“秧田里的课堂”农耕劳动实践活动方案 ｜ 畇阳县教育体育局",
        date="2025-04-21",
        date_also=["2025-04-23"],
        notes="a school's plan with decimal headings 1.1–3.2 on a county education portal; the school's date under "
        "its name expected, the portal's 发布日期 also accepted",
        page="""
!m 畇阳县教育体育局
!m 首页 » 德育天地 » 劳动教育
!t 【劳动实践周】畇阳县第二实验小学“秧田里的课堂”农耕劳动实践活动方案
!m 信息来源：县二实小　发布日期：2025-04-23　点击数：390
!a 【打印正文】【关闭本页】
{BODY}
!l ◆ 上一篇：全县中小学劳动教育现场推进会召开
!l ◆ 下一篇：关于开展中小学生暑期防溺水教育的通知
!m 畇阳县教育体育局主办　技术维护：县教育信息中心
""",
        body="""
为落实劳动教育课程要求，让学生在真实的农事劳动中体会粮食来之不易，结合我校实际，制定本方案。
1.活动安排
1.1时间：5月6日至5月9日，每天下午，每个年级安排半天。
1.2地点：畇阳县畬田镇耔禾村劳动实践基地秧田。
2.活动内容
2.1认识农具。由基地老农讲解秧马、秧盆、秧绳的用途，学生分组观察秧马的船形底板和坐板。
2.2体验拔秧。四至六年级学生在老师和老农带领下，骑秧马拔秧、洗泥、捆秧把，一至三年级学生在田埂上观摩、帮忙递秧把。
2.3分享交流。活动结束后各班召开分享会，每名学生写一篇劳动日记。
3.安全要求
3.1学生统一穿雨靴、戴草帽，班主任和家长志愿者全程跟班。
3.2秧田边安排专人看护，严禁学生到沟渠边玩耍。
畇阳县第二实验小学
2025年4月21日
""",
    ),
    dict(
        slug="oa-dinghe-minutes-ladle-rack-welds-flow-record",
        site="鼎和厨具协同办公平台 (invented OA intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="report",
        form="html",
        source="https://oa.dinghe-kitchen.example.com/doc/view?id=DH-ZL-2025-031",
        title="壁挂式汤勺架焊点开裂问题质量分析会纪要",
        record_title="内部公文 › 壁挂式汤勺架焊点开裂问题质量分析会纪要 - 鼎和厨具协同平台",
        date="2025-09-04",
        date_also=["2025-09-05"],
        notes="an OA document view with read counts, a mark-as-read button and a 流转记录 box; the document number "
        "line is neutral; the minutes' 时间/地点/主持/参会/记录 lines and numbered decisions stay; the 时间 line's "
        "date expected, the OA posting date also accepted",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>内部公文 › 壁挂式汤勺架焊点开裂问题质量分析会纪要 - 鼎和厨具协同平台</title>
<script src="/oa/static/app.js"></script></head><body>
<div class="oa-top">⟦m 鼎和厨具协同办公平台⟧ <span>⟦m 当前用户：生产部 张晨⟧</span> <a>⟦a 退出⟧</a></div>
<div class="oa-menu">⟦m 待办事项⟧ ⟦m 已办事项⟧ ⟦m 公文管理⟧ ⟦m 通讯录⟧</div>
<div class="doc-head"><h2>{T}</h2>
<p>文件编号：DH-ZL-2025-031</p>
<p>⟦m 密级：内部　发布部门：质量部　发布时间：2025-09-05 09:12⟧</p>
<p>⟦m 已阅 46 人　未阅 7 人⟧ <button>⟦a 确认已阅读本文⟧</button></p></div>
<div class="doc-body">
{BODY}
</div>
<div class="flow"><h4>⟦l 流转记录⟧</h4>
<p>⟦l 质量部 苏念 拟稿 → 质量部经理 陈有田 审核 → 副总经理 覃振宇 签发⟧</p>
<p>⟦l 分发至：生产部、技术部、采购部、售后服务部⟧</p></div>
<div class="oa-foot">⟦d 内部资料，禁止外传。如需打印请走用印审批流程⟧ ⟦m IT服务台分机：8008⟧</div>
</body></html>
""",
        body="""
时间：2025年9月4日14:30
地点：公司二号楼三楼质量会议室
主持：副总经理 覃振宇
参会：质量部、生产部、技术部、采购部、售后服务部负责人及焊接班组长
记录：质量部 苏念
会议通报了8月份售后反馈情况：壁挂式汤勺架（型号DH-TJ06）共收到焊点开裂投诉23起，涉及8月2日至8月19日生产的三个批次。经技术部拆检，开裂多发生在挂杆与底板的连接点，主要原因是更换焊丝供应商后焊接电流参数未同步调整，焊点熔深不足。
会议议定：
1.生产部即日起按新参数作业，每班首件由质量部检验合格后方可批量生产；
2.技术部9月10日前修订焊接作业指导书，增加焊点拉力抽检；
3.售后服务部对已售出的三个批次产品主动联系客户，免费更换；
4.采购部对新焊丝供应商进行二次评审。
""",
    ),
    dict(
        slug="intranet-cian-bulletin-pinhole-batches-table",
        site="瓷安日用瓷企业内网 (invented intranet, text export)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://intra.cian-ceramics.example.com/tzgg/zltb/2025-07.html",
        title="关于7月份瓷勺釉面针孔缺陷批次的通报",
        record_title="〔品质通报〕关于7月份瓷勺釉面针孔缺陷批次的通报（总第7期）",
        date="2025-08-05",
        notes="an intranet bulletin with a batch table (one row a paragraph, cells apart by ideographic spaces), a "
        "neutral 文号 line, 抄送 and 印发 lines at the end; intranet toolbar and footer",
        page="""
!m 瓷安日用瓷 · 企业内网
!m 首页 > 通知公告 > 质量通报
!t 〔品质通报〕关于7月份瓷勺釉面针孔缺陷批次的通报（总第7期）
!m 发布部门：质检部　发布人：宁小燕　阅读次数：128
!a [下载正文] [打印] [转发至邮箱]
瓷安质〔2025〕7号
{BODY}
!l 本栏目其他通报：6月份窑炉温控异常情况通报
!d 本网为公司内部网站，信息仅限员工查阅
!m 技术支持：信息中心　分机 6021
""",
        body="""
各车间、各部门：
7月份，质检部在成品抽检中发现三个批次的瓷勺釉面存在针孔缺陷，不合格率明显高于往月，现将有关情况通报如下。
批次号　产量（把）　针孔不合格（把）　不合格率
CA250706　18000　1260　7.0%
CA250714　21000　1722　8.2%
CA250723　16500　957　5.8%
经分析，主要原因是7月上旬新进的一批釉料含水率偏高，施釉车间未按规定做小样试烧即投入使用。对此，公司决定对施釉车间主任罗建通报批评，扣发当月绩效的10%。
各车间要引以为戒，原料进厂必须先检后用，发现异常立即上报质检部。
垕州瓷安日用瓷有限公司质检部
2025年8月5日
抄送：总经理室，生产副总经理。
瓷安公司综合办公室　　2025年8月5日印发
""",
    ),
]
