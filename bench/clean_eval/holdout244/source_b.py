"""holdout244, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网 (one HTML and one text each).

Invented text, sites, places and people; every case written by hand.
"""

CASES = [
    dict(
        slug="shiguang-blog-essay-awards-wall",
        site="缄水拾光 (invented personal blog, Typecho-like)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://shiguang.jianshui-blog.cn/archives/318/",
        title="堂屋墙上那一排奖状",
        record_title="堂屋墙上那一排奖状 | 缄水拾光 · 慢慢写",
        date=None,
        notes="blog essay with tag cloud, archive, comment form; '更新于 2 周前' is no date; a related link glued after a 。",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="UTF-8"><title>堂屋墙上那一排奖状 | 缄水拾光 · 慢慢写</title>
<link rel="alternate" type="application/rss+xml" href="/feed/"></head>
<body>
<header><div class="site-name">⟦m 缄水拾光⟧</div><div class="desc">⟦m 一个中学语文老师的碎碎念⟧</div>
<nav>⟦m 首页⟧ ⟦m 随笔⟧ ⟦m 课堂⟧ ⟦m 读书⟧ ⟦m 留言板⟧</nav></header>
<main><article>
<h1 class="post-title">{T}</h1>
<div class="post-meta">⟦m 作者：蔺秋禾 · 更新于 2 周前 · 阅读 612 · 评论 9⟧</div>
<div class="post-content">
{BODY}
</div>
<div class="tags">⟦l 标签：老屋 奖状 父亲 童年⟧</div>
<div class="post-near">⟦l « 雨天的早读课⟧ ⟦l 教室后排的图书角 »⟧</div>
</article>
<section id="comments"><h3>⟦l 9 条评论⟧</h3>
<div class="comment">⟦l 荭塘小许：我家也有这样一面墙，后来刷墙时全揭了，现在想想可惜。⟧</div>
<form>⟦a 怎么称呼您（必填）⟧ ⟦a 邮箱（不公开）⟧ ⟦a 提交评论⟧</form></section></main>
<aside><h3>⟦l 标签云⟧</h3><p>⟦l 教学 老屋 读书笔记 家常 作文课⟧</p>
<h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2025年五月 (3)⟧</li><li>⟦l 2025年四月 (5)⟧</li></ul></aside>
<footer>⟦d 本博客文字均为原创，转载请保留作者署名及原文链接。⟧ ⟦m Powered by Typecho · 主题 Lite⟧</footer>
<script src="/usr/themes/lite/main.js"></script>
</body></html>
""",
        body="""
老屋堂屋的东墙上，原来贴着一排奖状，从我上小学一年级的“三好学生”开始，一直贴到初中毕业。
那些奖状是父亲贴的。他用面粉熬一小碗糨糊，把奖状四角抹匀，踮着脚一张张贴平，贴完还要退后两步看看歪没歪。谁来家里串门，他总要有意无意地指一指那面墙。⟦l 相关文章：父亲的记账本⟧
后来我去县城读高中，奖状就少了。墙上的纸慢慢发黄，边角被风掀起来，父亲又用图钉一颗颗按住。
去年老屋翻修，母亲把奖状一张张揭下来，压在旧箱子最底层。我翻看的时候，发现每张奖状背面都有父亲用铅笔写的日期。
原来那面墙记下的不只是我的成绩，还有一个不善言辞的父亲，说不出口的骄傲。
""",
    ),
    dict(
        slug="shijian-blog-letterpaper-wrapped",
        site="拾笺人的博客 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://shijianren.blog.zhenzhou.cn/post/2025/02/16/137",
        title="我收藏的三十种信纸",
        record_title="【纸上光阴】我收藏的三十种信纸 — 拾笺人的博客",
        date="2025-02-16",
        notes="blog post hard-wrapped at 58 columns; the 发表于 line is the page's date; category, prev/next, comments",
        page="""
!m 拾笺人的博客
!m 收藏纸，也收藏纸上的日子
{T}
!m 发表于 2025-02-16 20:48　分类：纸上光阴　阅读（388）
{BODY}
!l 标签：信纸　收藏　书信
!l ← 前一篇：给信封盖邮戳的那些讲究
!l → 后一篇：钢笔墨水洇纸怎么办
!l 评论（4）　蔷溪书生：供销社那款横格纸我小时候也用过！
!a 发表评论需先绑定手机号
!m 本博客托管于祯州博客园　blog.zhenzhou.cn
""",
        wrap=58,
        indent="  ",
        body="""
从初中开始，我就有收藏信纸的习惯，二十多年下来攒了三十种，装满了两个鞋盒。
最早的一本是供销社卖的横格信纸，纸很薄，页脚印着“祯州县第二造纸厂”，一本五毛钱。那时给笔友写信，正面写不下就写背面，墨水常常洇过去。
后来有了单位的公用信笺，抬头印着红色的单位名称，我舅舅在粮站上班，给我寄过好几本。再后来是各种印着卡通图案的信纸，带着香味，是中学女生的最爱。
这几年文创店里的信纸越来越讲究，有竹浆纸、有手工纸，价格也从几毛涨到了几十元。可我最舍不得用的，还是那本薄薄的横格纸。
""",
    ),
    dict(
        slug="yanhu-youth-account-card-pledge-no-title",
        site="筵湖青年 (invented WeChat account, mirrored)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://mp.weixin-archive.cn/s/yanhuqingnian/20250120_01",
        title="给独居老人寄一张新春贺卡——致全区青年志愿者的倡议书",
        record_title=None,
        date="2025-01-20",
        notes="no title in the record (the mirror's <h1>); the account line's date is the page's date; a follow prompt "
        "glued before the salutation; sharing the pledge spoken of as content; 阅读原文/在看/赞赏 rows",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>筵湖青年 - 公众号文章存档</title>
<meta name="viewport" content="width=device-width,initial-scale=1"></head>
<body>
<div class="mirror-bar">⟦m 公众号文章存档站 · 仅做收录备份⟧ ⟦a 回到原文⟧</div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="meta">⟦m 原创　筵湖青年　2025-01-20 18:30　湖北⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="tail">⟦a 阅读原文⟧ ⟦a 阅读 2071⟧ ⟦a 👍 点赞 86⟧ ⟦a 在看 41⟧</div>
<div class="reward">⟦a 喜欢作者 · 赞赏一下⟧</div>
<div class="qr">⟦a 长按识别二维码，关注筵湖青年⟧</div>
</div>
<div class="mirror-foot">⟦d 本站仅收录公众号公开文章，版权归原作者所有，如需下架请联系 takedown@weixin-archive.cn⟧</div>
<script>var biz="MzA5Nzg4yanhu";</script>
</body></html>
""",
        body="""
⟦a 点击上方蓝字“筵湖青年”，记得设为星标哦⟧全区青年志愿者朋友们：
春节将至，全区还有1300多位独居老人，不少人的子女在外地工作，过年也难以回家。为让老人们在节日里感受到温暖，共青团筵湖区委向大家发出倡议：
一、每人写一张手写贺卡。贺卡可以自制，也可以到各街道团工委免费领取，写上祝福和自己的名字。
二、结对送达。1月25日前把贺卡交到所在社区，由社区志愿者在除夕前送到老人家中，有条件的可以陪老人聊一聊。
三、把这份倡议分享给身边的朋友，邀请更多年轻人加入。
一张贺卡很轻，但它能让老人知道，有人记着他们。
共青团筵湖区委员会
2025年1月20日
""",
    ),
    dict(
        slug="yingwan-account-appointment-letters",
        site="莺湾社区 (invented WeChat account, text archive)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="text",
        source="https://wxarchive.zhenzhou.cn/yingwan/2025-03-08.html",
        title="12位“家风讲解员”接过聘书",
        record_title="12位“家风讲解员”接过聘书 | 莺湾社区 · 公号文章归档",
        date="2025-03-08",
        notes="account article archived as text; the account line's date; follow prompt before the lead; "
        "photo caption and a read-more line between paragraphs; 在看/分享 rows",
        page="""
!m 公众号文章存档 · 莺湾社区
{T}
!m 莺湾社区　2025年03月08日 10:05　发表于湖北
{BODY}
!a 阅读 936　　在看 27　　分享 14
!a ▲ 长按二维码关注“莺湾社区”，社区大小事一手掌握
!d 存档内容来源于公众号公开推送，仅供查阅，不代表本站观点。
""",
        indent="",
        gap=True,
        body="""
⟦a 👆点击蓝字关注我们⟧3月7日下午，莺湾社区在党群服务中心举行家风讲解员聘任仪式，12位社区居民接过了聘书。
这12位讲解员中，有退休教师、老党员，也有开办家庭农场的年轻夫妻。社区党委书记伍静姝为他们颁发聘书，聘期两年。
⟦m 图｜讲解员代表接过聘书（摄影：社区宣传员 小葛）⟧
接下来，讲解员们将每月在社区家风馆轮流值班，给来参观的居民和学生讲述本地好家风的故事，还会走进辖区的两所小学上课。
退休教师邬明德说，拿到聘书感觉沉甸甸的，自己要先把家里的家训讲清楚，再讲给孩子们听。
⟦l 往期回顾：莺湾社区家风馆正式开馆⟧
""",
    ),
    dict(
        slug="xiangwen-share-appointment-template",
        site="享文网 (invented document-sharing site)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.xiangwen365.com/p/58810273.html",
        title="特聘顾问聘书及聘任协议范本",
        record_title="【模板免费领】特聘顾问聘书及聘任协议范本（Word直接填写）- 享文网",
        date=None,
        notes="sharing reader: points lock, upload notice, service WeChat; a template with ×× placeholders and "
        "＿＿年＿＿月＿＿日 blanks, 第N条 articles; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【模板免费领】特聘顾问聘书及聘任协议范本（Word直接填写）- 享文网</title></head>
<body>
<div class="hd">⟦m 享文网 — 好文档，大家享⟧ <a>⟦a 上传赚积分⟧</a> <a>⟦a 个人中心⟧</a></div>
<div class="crumb">⟦m 享文网 / 合同范本 / 聘用协议⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 贡献者：莺歌燕舞　上传时间：3 天前　大小：21KB　评分：4.6⟧</div>
<div class="notice">⟦d 本文档由网友上传分享，享文网仅提供存储与展示，若有侵权请点此反馈。⟧</div>
<div class="doc">
{BODY}
</div>
<div class="lock">⟦a 剩余内容需消耗8个享文积分解锁，签到即可领积分⟧</div>
<div class="kefu">⟦w 找不到合适模板？享文客服微信 xiangwen_kf01 在线定制⟧</div>
<div class="rel">⟦l 你可能还需要：兼职教师聘用合同范本｜专家聘书模板（竖版）｜返聘协议书⟧</div>
<div class="ft">⟦m 享文网 xiangwen365.com　苏ICP备22046613号⟧</div>
<script src="/static/reader/xw-reader.js"></script>
</body></html>
""",
        body="""
聘　书
兹聘请××同志为××单位特聘顾问，聘期自＿＿年＿＿月＿＿日至＿＿年＿＿月＿＿日。
聘任单位（盖章）：＿＿＿＿
＿＿年＿＿月＿＿日
聘任协议
第一条　受聘人根据聘任单位需要，提供××方面的咨询意见，每年到单位指导不少于××次。
第二条　聘任单位按月向受聘人支付顾问津贴××元，差旅费用按单位规定另行报销。
⟦a 以下条款为会员可见，登录后显示完整内容⟧
第三条　聘期内任何一方需提前解除聘任的，应提前三十日书面通知对方。
第四条　本协议一式两份，双方各执一份，自双方签字（盖章）之日起生效。
""",
    ),
    dict(
        slug="gongxiang-summary-badges-docx",
        site="共享文档站 (invented)",
        style="文档分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.gxwdz.cn/view/2025/0910/66417.html",
        title="谖湖县“光荣在岗三十年”纪念章颁发工作总结",
        record_title="谖湖县“光荣在岗三十年”纪念章颁发工作总结.docx",
        date="2025-09-08",
        notes="file-name record title; upload box and points line at the top; a data row table; 成文日期 under the signature",
        page="""
!m 共享文档站 · 文档详情
!m 文件：谖湖县“光荣在岗三十年”纪念章颁发工作总结.docx　｜　上传者：hhzgh2025　｜　2页
!d 声明：文档由上传者分享，本站不拥有其版权，内容如有不妥请联系删除。
!a 预览模式　|　下载（3积分）　|　加入收藏
{BODY}
!a 完整文档请下载查看，下载后可自由编辑
!l 同类文档：工会会员服务工作总结　劳模表彰大会方案　退休职工座谈会主持词
!m 共享文档站 gxwdz.cn　客服邮箱 help@gxwdz.cn
""",
        indent="\u3000\u3000",
        body="""
今年以来，县总工会按照县委部署，组织开展了“光荣在岗三十年”纪念章颁发工作，向在同一行业连续工作满三十年的职工颁发纪念章和荣誉证书，现将工作情况总结如下。
一、基本情况
全县共摸排符合条件职工1046人，经单位申报、行业工会审核和公示，最终确定颁发对象1031人，纪念章已于9月5日前全部颁发到位。
行业　人数　颁发方式
教育　412　集中颁发
卫生　236　集中颁发
其他行业　383　送章上门
二、主要做法
对行动不便的退休职工，由各基层工会主席带队送章上门，共上门187人次；在县融媒体中心开设专栏，讲述获章职工的故事。
三、存在不足
个别单位摸排不细，出现漏报5人，已补发到位。
谖湖县总工会
2025年9月8日
""",
    ),
    dict(
        slug="jianshui-edu-notice-certificate-attachments",
        site="缄水县教育局网站 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.jianshui.gov.cn/tzgg/2025/05/14/20250514_882.html",
        title="缄水县教育局关于规范中小学奖状印制和发放工作的通知",
        record_title="缄水县教育局关于规范中小学奖状印制和发放工作的通知_教育公告_缄水县教育局",
        date="2025-05-12",
        date_also=["2025-05-14"],
        notes="education portal with 适老版/读屏 links and an attachment download link next to the document's own 附件 "
        "list; 请各校下载附件 as content; the document's contact next to the site's technical line; "
        "成文日期 differs from the page's date (also accepted)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>缄水县教育局关于规范中小学奖状印制和发放工作的通知_教育公告_缄水县教育局</title></head>
<body>
<div class="tb">⟦a 适老版⟧ ⟦a 读屏模式⟧ ⟦a 收藏本站⟧</div>
<div class="logo">⟦m 缄水县教育局⟧</div>
<nav>⟦m 首页⟧ ⟦m 教育动态⟧ ⟦m 教育公告⟧ ⟦m 政策法规⟧ ⟦m 招生考试⟧</nav>
<div class="pos">⟦m 您现在的位置：首页 » 教育公告⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布日期：2025-05-14　发布科室：基础教育股　访问量：1377⟧</div>
<div class="content">
{BODY}
</div>
<div class="fj"><p>⟦a 相关附件（点击下载）：⟧</p><p><a href="/u/2025/0514/jz1.docx">⟦a 奖状样式参考.docx⟧</a></p><p><a href="/u/2025/0514/jz2.xlsx">⟦a 奖状发放登记表.xlsx⟧</a></p></div>
<div class="op">⟦a 【关闭此窗】⟧ ⟦a 【返回顶端】⟧</div>
<aside><h4>⟦l 教育要闻⟧</h4><ul><li>⟦l 缄水县中考体育考试顺利结束⟧</li><li>⟦l 全县教师暑期培训启动⟧</li></ul></aside>
<footer>⟦m 主办单位：缄水县教育局　地址：缄水县文昌路18号⟧<br>⟦m 网站技术支持：0728-5310072（工作日）⟧<br>⟦m 鄂ICP备13007218号-3⟧</footer>
<script src="/js/elder-mode.js"></script>
</body></html>
""",
        body="""
各中小学校、幼儿园：
近期，有家长反映部分学校奖状名目过多、印制质量不一。为发挥奖状的激励作用，现就有关事项通知如下。
一、奖状由学校统一设计，使用学校全称并加盖公章，不得印制商业广告。
二、每学期评选项目一般不超过五项，避免人人有奖、名目繁多。
三、学校应建立奖状发放登记制度，做到发放有记录、可查询。
请各校下载附件，按参考样式于6月30日前完成新版奖状印制。
联系人：左晓岚，电话：0728-5312264。
附件：1.奖状样式参考
2.奖状发放登记表
缄水县教育局
2025年5月12日
""",
    ),
    dict(
        slug="yanhu-school-notice-teachers-day-cards",
        site="筵湖区教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://edu.yanhu.gov.cn/xxdt/2024/0902/3391.html",
        title="关于教师节期间倡导学生自制贺卡、拒收礼品礼金的通知",
        record_title="关于教师节期间倡导学生自制贺卡、拒收礼品礼金的通知 - 学校通知 - 筵湖区教育信息网",
        date="2024-09-02",
        notes="education site text page; numbered list; a scan-to-read line and a screen-reader link at the top; "
        "成文日期 under the signature",
        page="""
!m 筵湖区教育信息网
!a 无障碍浏览　|　扫码手机阅读
!m 首页 → 学校动态 → 学校通知
{T}
!m 2024-09-02　　区教育局办公室　　阅读：2408
{BODY}
!a 〖打印文章〗　〖返回列表〗
!l 上一篇：筵湖区2024年秋季学期开学工作安排
!l 下一篇：关于开展“开学第一课”主题教育活动的通知
!m 筵湖区教育局主办　地址：筵湖区滨江大道66号　邮编：441105
""",
        indent="\u3000\u3000",
        body="""
各中小学、幼儿园：
第40个教师节即将到来。为弘扬尊师重教传统，倡导清正师风，现就有关事项通知如下。
1. 倡导学生以手写贺卡、手绘贺卡等方式向老师表达敬意，不提倡购买成品贺卡。
2. 教职工不得收受学生和家长赠送的礼品、礼金、购物卡，不得参加家长安排的宴请。
3. 各校可在班会课上组织学生制作贺卡，优秀作品在校园内展示。
4. 区教育局将设立监督电话0710-3327719，接受社会监督。
请各校将本通知转发至每位教职工和家长。
筵湖区教育局
2024年9月2日
""",
    ),
    dict(
        slug="feiling-oa-minutes-expert-appointment",
        site="翡岭电缆集团协同办公平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.feilingcable.local/doc/view?id=20250618-0042",
        title="关于聘任第二届首席技师的专题会议纪要",
        record_title="【办结归档】关于聘任第二届首席技师的专题会议纪要｜翡岭电缆OA",
        date="2025-06-16",
        notes="intranet document view: 流转记录, read count, 标记已阅 button; the minutes' 时间 line is the date; "
        "时间/地点/主持/参会/记录 lines; the document's extension next to the IT desk line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【办结归档】关于聘任第二届首席技师的专题会议纪要｜翡岭电缆OA</title>
<script src="/static/oa/doc-viewer.js"></script></head>
<body>
<div class="oa-top">⟦m 翡岭电缆集团 · 协同办公⟧ ⟦m 当前用户：生产部 蒯立新⟧ ⟦a 退出⟧</div>
<div class="oa-menu">⟦m 待办事项⟧ ⟦m 已办事项⟧ ⟦m 公文查阅⟧ ⟦m 通讯录⟧</div>
<div class="doc-title"><h2>{T}</h2></div>
<div class="doc-info">⟦m 文档编号：FL-HR-2025-061　密级：内部　已阅 214 人⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 06-16 17:20 人力资源部 甘露 拟稿⟧</p><p>⟦m 06-17 09:03 综合办 审核通过⟧</p><p>⟦m 06-17 10:41 分管副总 签发⟧</p></div>
<div class="btns">⟦a 标记已阅⟧ ⟦a 转发同事⟧ ⟦a 导出成PDF文件⟧</div>
<div class="oa-foot">⟦m 系统故障请拨信息中心 8000（24小时）⟧</div>
</body></html>
""",
        body="""
时间：2025年6月16日下午3:00
地点：集团办公楼三楼第二会议室
主持：曲振华
参会：人力资源部、生产部、技术中心、工会负责人
记录：甘露
会议研究了第二届首席技师聘任事宜，议定如下：
一、同意聘任焊接车间龚长顺等8名同志为集团第二届首席技师，聘期三年，由集团总经理在7月1日技能大会上颁发聘书。
二、首席技师每人每月享受技能津贴1500元，每年至少带徒2名。
三、人力资源部负责聘书制作和档案归档，具体事宜联系分机6217。
""",
    ),
    dict(
        slug="feiling-intranet-bulletin-letterpaper-waste",
        site="翡岭电缆集团内网 (invented)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://portal.feilingcable.local/news/2025/04/0412.html",
        title="关于部分部门浪费公司信纸等办公用品情况的通报",
        date="2025-04-10",
        date_also=["2025-04-12"],
        notes="intranet page as text; title as the record gives it; 印发 line; the IT desk line in the footer; "
        "成文日期 under the signature differs from the page's 发布于 date (also accepted)",
        page="""
!m 翡岭电缆集团内网门户
!m 公司公告 » 通报
{T}
!m 发布部门：综合办公室　阅读次数：387　发布于 2025-04-12
!a [收藏]　[导出]　[打印]
{BODY}
!l 附件：无
!m 内网技术支持：信息中心 分机8000
!d 本页面为集团内部资料，请勿外传。
""",
        indent="\u3000\u3000",
        body="""
各部门、各分厂：
近期，综合办公室对办公用品领用情况进行了检查，发现部分部门存在浪费公司信纸的现象：有的用印有公司抬头的信纸打印草稿，有的一次领用数十本信纸长期堆放在办公桌内。第一季度全公司共领用信纸2160本，比去年同期多出近一倍。
为此，现提出以下要求：印有公司抬头的信纸仅用于对外公函和重要信函；日常草稿一律使用再生纸；各部门领用信纸实行登记，每次不超过五本。
请各部门对照检查，4月底前将整改情况报综合办公室。
翡岭电缆集团综合办公室
2025年4月10日
翡岭电缆集团综合办公室　2025年4月10日印发
""",
    ),
]
