"""holdout378, part B: blogs, WeChat mirrors, document-sharing pages, education portals, intranets.

Invented text (sites, places, people, numbers, URLs, chrome); see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="blog-heibanbao-placards-sports-meet-bracket-time",
        site="黑板报背面 (invented teacher's blog on 格子铺博客)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://zhongls.gezipu.blog/archives/2024/10/placard-weekend.html",
        title="给运动会入场式做手举牌的那个周末",
        record_title="给运动会入场式做手举牌的那个周末 ‖ 黑板报背面·仲老师的教室手记",
        date="2024-10-13",
        notes="a Typecho-like blog: the bracketed post time is the date; tag cloud, archive, calendar and a comment form; "
        "a like prompt glued after a 。",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<title>给运动会入场式做手举牌的那个周末 ‖ 黑板报背面·仲老师的教室手记</title>
<link rel="alternate" type="application/rss+xml" href="/feed/">
<script src="/usr/themes/chalk/main.js" defer></script>
</head><body>
<header class="site"><h2>⟦m 黑板报背面⟧</h2><p>⟦m 一个小学班主任写给自己的教室手记⟧</p>
<nav>⟦m 首页⟧ · ⟦m 班级日常⟧ · ⟦m 读书笔记⟧ · ⟦m 关于仲老师⟧</nav></header>
<main><article>
<h1>{T}</h1>
<div class="meta">⟦m [2024-10-13 21:47]　分类：班级日常　阅读 286⟧</div>
<div class="post">
{BODY}
</div>
<div class="tags">⟦l 标签：运动会 手举牌 班级活动 手工课⟧</div>
<div class="nav-links">⟦l « 上一篇：秋游前一晚的点名册⟧　⟦l 下一篇：期中家访路上的三棵柿子树 »⟧</div>
<section class="comments"><h3>⟦l 已有 4 条留言⟧</h3>
<ol><li>⟦l 曹妈妈：孩子回家说举牌的时候手都在抖，哈哈，谢谢仲老师！⟧</li>
<li>⟦l 路过的体育老师：入场式那天看到了，三（2）班的牌子最有精神。⟧</li></ol>
<form>⟦a 昵称（必填）　邮箱（必填）　网址　提交留言⟧</form></section>
</article></main>
<aside><h4>⟦l 标签云⟧</h4><p>⟦l 家访 读书 运动会 黑板报 种植角 毕业季⟧</p>
<h4>⟦l 文章归档⟧</h4><p>⟦l 2024年10月 (5)　2024年9月 (7)　2024年8月 (2)⟧</p>
<h4>⟦l 日历⟧</h4><p>⟦l 2024年十月 一 二 三 四 五 六 日⟧</p></aside>
<footer>⟦d 本博客文字为仲老师原创，转载请先留言打招呼。⟧　⟦m Powered by Typecho · Theme Chalk⟧</footer>
</body></html>
""",
        body="""
学校通知下周五开秋季运动会，入场式每个班要举一块手举牌走在最前面。往年都是家委会在网上定做，今年学校说了，牌子要孩子们自己做，每班花费不能超过50元。
周六上午，我和十二个报名的孩子在教室里开工。材料是前一天放学后去文具店买的：两张60厘米×40厘米的KT板、一根塑料圆杆、一盒丙烯颜料，一共花了36元。孩子们先在黑板上投票定口号，最后“三二三二，跑得最欢”以一票优势胜出。
最难的是写字。孩子们一开始直接用颜料在KT板上写，字越写越歪，后来曹同学想了个办法：先用铅笔打格子，再把每个字剪成纸样贴上去描边。这一招救了整块牌子。⟦l 觉得有用就点个赞吧⟧
下午把圆杆插进KT板背面的夹层，用热熔胶固定，再在手柄底部缠了两圈胶布，防止举牌的孩子手心出汗打滑。举牌手是班里最腼腆的小韦，他说自己从来没有走在全班最前面过。
运动会那天，小韦举着牌子，脚步一点没乱。回到教室，孩子们把牌子立在后墙边，说要留到毕业。我想，这块36元的手举牌，大概是这个学期我们班最值钱的东西。
""",
    ),
    dict(
        slug="blog-yifangtian-greenkeeper-rake-essay-wrapped",
        site="一方田博客 (invented, a greenkeeper's blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="https://yifangtian.blog/laozhen/post/23",
        title="一把沙坑耙的一天",
        record_title="一把沙坑耙的一天｜老贞的草坪手记（第23篇）",
        date=None,
        notes="a greenkeeper's essay hard-wrapped at 56 columns; update stamp and relative time are no date",
        page="""
!m 一方田博客 ▪ 老贞的草坪手记
!m 首页　随笔　草坪笔记　留言板
!t 一把沙坑耙的一天｜老贞的草坪手记（第23篇）
!m 更新于 2 天前　·　字数 1102　·　阅读约 4 分钟
{T}
{BODY}
!l #草坪养护　#高尔夫　#劳动手记
!l 上一篇：给果岭打孔的那个雨季　　下一篇：球童小哲的第一把推杆
!a 喜欢这篇手记？给老贞点一盏灯 ☼
!l 评论区（3）　登录一方田后可留言
!d 一方田博客仅提供写作空间，文章观点属于作者本人。
""",
        indent="\u3000\u3000",
        wrap=56,
        body="""
早上五点半，天刚蒙蒙亮，我推着工具车从草坪部出来，车斗里躺着今天要换的六把新沙坑耙。白色的塑料耙头，长长的铝合金手柄，新得有点晃眼。
第七洞果岭边那个沙坑是全场最难伺候的。前一天傍晚有组球友在里面连打了三杆，沙面被砸出几个深坑，坡面上全是脚印，那把旧沙坑耙被扔在坑底，耙齿断了两根。我蹲下来看了看，断口很新，多半是有人拿它撑着爬坡时压断的。
耙沙是个慢活。先用机械耙把大面积的沙面过一遍，再拿手工沙坑耙从边缘往中间收，坡面要一耙一耙地往上带，不能把沙子推到草坪上去。干了二十多年，我还是觉得这活急不得，耙得匀不匀，球落进去一弹就知道。
七点钟第一组球友出发，新沙坑耙已经平放在沙坑外侧，耙头朝外，手柄顺着球道。九点多我巡场回来，看见一位年轻球友出沙以后，认认真真把自己的脚印耙平，又把沙坑耙放回了原处。我冲他点点头，他也冲我笑了笑。
傍晚收工，我把断了齿的旧沙坑耙带回草坪部，锯掉耙头，手柄留着给新来的小伙子们做量沙深的标尺。一把沙坑耙的一天就这么过去了，和我的一天差不多。
""",
    ),
    dict(
        slug="wechat-weiyue-electronic-salute-h1-star-prompt",
        site="微阅存档 (invented WeChat mirror) / 伦港文明实践 (invented account)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.weiyuecundang.com/a/lgwmsj/20250106/2218405",
        title="电子礼炮来了，婚礼上的“响”也可以很文明",
        record_title=None,
        date="2025-01-06",
        notes="no record title: the article title is the <h1>; a star prompt glued before the first words; the account "
        "line's date is the date; 关注 as content; the mirror's archive note and QR line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>电子礼炮来了，婚礼上的“响”也可以很文明 - 伦港文明实践 - 微阅存档</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script src="/assets/wy-mirror.js"></script>
</head><body>
<div class="mirror-top">⟦m 微阅存档 · 公众号文章收藏馆⟧　<a href="/">⟦m 回到存档首页⟧</a>　<a href="/a/lgwmsj/">⟦m 该号全部文章⟧</a></div>
<div id="js_article" class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list"><span class="original">⟦m 原创⟧</span> <span>⟦m 伦港文明实践⟧</span> <em>⟦m 2025年1月6日 18:30⟧</em> <em>⟦m 湖南⟧</em></div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="rich_media_tool"><span>⟦a 阅读原文⟧</span> <span>⟦m 阅读 3421⟧</span> <span>⟦a 分享 点亮 推荐⟧</span></div>
<div class="reward">⟦a 喜欢作者　赏一杯茶钱⟧</div>
<div class="qr">⟦a 长按识别二维码，和伦港文明实践做朋友⟧</div>
</div>
<div class="mirror-note">⟦d 本页为公众号文章的存档快照，原文可能已被作者修改或删除，版权归原作者。⟧</div>
<div class="mirror-foot">⟦m 微阅存档 weiyuecundang.com　京ICP备22004187号⟧</div>
</body></html>
""",
        p_html='<section><p style="font-size:16px;line-height:1.8;">{}</p></section>',
        body="""
⟦a 戳上面的蓝字“伦港文明实践”，再点右上角设为星标⟧元旦前后，是伦港区办婚宴最集中的日子。以往一到中午，酒店门口的礼炮一响就是好几分钟，彩纸碎屑飘满整条街。今年，不少新人换了一种方式：用电子礼炮。
电子礼炮不装火药，而是通过电子发声和灯光模拟礼炮的声响和火光，有的还能喷出可降解的彩带。一台电子礼炮通电就能反复使用，不会产生烟尘和纸屑，也不存在燃放引发火灾的风险。
⟦l 往期回顾｜文明实践站里的“喜事工具箱”⟧
从去年10月开始，全区23个新时代文明实践站陆续配备了电子礼炮，居民办婚事、乔迁、开业都可以免费借用。借用时带上身份证到所在社区的实践站登记，一次最多借两台，使用后三天内归还。
哲园社区的韦先生上个月刚办完婚礼，他说：“一开始担心不够热闹，结果电子礼炮声音挺响，灯光一闪一闪的，拍照也好看，宾客都说新鲜。”
文明实践站的志愿者提醒，电子礼炮虽然安全，使用时也要放在平稳的地面上，不要对着人群和车辆，雨天要做好防水。想了解借用点位的居民，可以关注本公众号，在菜单栏“便民服务”里查询离家最近的实践站。
""",
    ),
    dict(
        slug="wechat-congling-chengguan-arch-guide-text",
        site="微页转存站 (invented WeChat mirror) / 聪岭城管 (invented account)",
        style="公众号镜像",
        genre="办事指南",
        kind="other",
        form="text",
        source="http://wx.weiyezhuancun.net/s/congling_cg/2025012033917",
        title="节日想挂气拱门？这份办理指南请收好",
        record_title="节日想挂气拱门？这份办理指南请收好 ‧ 聪岭城管（转存页）",
        date="2025-01-20",
        notes="a mirrored account article: the account line's date is the date; numbered steps; the office's own "
        "咨询电话 beside the mirror's own contact line; 扫码 as content",
        page="""
!m 微页转存站｜把好文章存下来
!t 节日想挂气拱门？这份办理指南请收好 ‧ 聪岭城管（转存页）
{T}
!m 聪岭城管　2025-01-20 17:42　发表于湖南
!a ↑ 点上方“聪岭城管”一键关注，办事指南不迷路
{BODY}
!a 分享给朋友　｜　收进我的存档　｜　在看 12
!m 原文阅读量 2.6万
!l 往期推荐：春节期间城区停车指引｜烟花爆竹禁放区域图
!d 转存内容来自公开的公众号文章，如需删除请联系 cunzhan@weiyezhuancun.net
!m 微页转存站 ©2025
""",
        body="""
春节快到了，不少商户想在店门口挂一座气拱门，热热闹闹迎新年。不过，气拱门可不是想挂就挂，在城区道路、广场和人行道上设置气拱门，需要先到城管部门办理临时设置手续。小编把办理流程整理好了，一起来看看吧。
一、哪些情况需要办理
在城区主次干道两侧、广场、公园出入口等公共场所设置气拱门的，都需要提前办理；在自家院内或商场内部设置的，不需要办理，但同样要注意安全。
二、怎么办理
1. 准备材料：设置申请表、营业执照复印件、气拱门安全承诺书、设置位置示意图。
2. 提交申请：提前3个工作日到县政务服务中心城管窗口提交，也可以在“聪岭政务”小程序上扫码在线申请。
3. 现场核查：城管中队1个工作日内到现场查看位置和固定措施。
4. 领取许可：核查通过后领取临时设置许可，设置期限最长3天。
三、这些要求要记牢
气拱门不能占用盲道和消防通道，不能遮挡交通信号灯和路名牌；拱脚要用沙袋或地锚固定牢；遇到大风、雷雨天气要立即放气撤收。
咨询电话：县城市管理局市容科 0736-5821409（工作日 8:30—17:30）。
""",
    ),
    dict(
        slug="docshare-shujia-placard-pledge-docx",
        site="书架网 (invented document-sharing site)",
        style="文档分享",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.shujiawang.com/doc/7732019.html",
        title="关于马拉松赛事文明举牌观赛的倡议书",
        record_title="关于马拉松赛事文明举牌观赛的倡议书.docx",
        date="2025-03-30",
        notes="file-name record title; a sharing page with a file-info box, a points lock, a service WeChat and an upload "
        "notice; 分享 as content; the association's name is also the signature",
        page="""
<!doctype html>
<html><head><meta charset="utf-8">
<title>关于马拉松赛事文明举牌观赛的倡议书.docx-书架网</title>
<link rel="stylesheet" href="/css/doc.css">
</head><body>
<div class="header"><a class="logo" href="/">⟦m 书架网·文档共享⟧</a><form><input name="kw"><button>⟦a 找文档⟧</button></form><a href="/login">⟦a 登录领积分⟧</a></div>
<div class="bread">⟦m 书架网 / 体育运动 / 赛事组织 / 倡议书⟧</div>
<div class="doc-head"><h1>{T}</h1>
<ul class="fileinfo"><li>⟦m 文件类型：Word（docx）⟧</li><li>⟦m 页数：2⟧</li><li>⟦m 分享者：跑马的阿佐⟧</li><li>⟦m 共享时间：2025-04-02⟧</li><li>⟦m 所需积分 3 分⟧</li></ul></div>
<div class="doc-body">
{BODY}
</div>
<div class="lock">⟦a 本文档需3积分下载，签到7天即可免费领取⟧</div>
<div class="btns"><a>⟦a 立即下载⟧</a> <a>⟦a 放进我的书架⟧</a> <a>⟦a 举报此文档⟧</a></div>
<div class="kefu">⟦w 下载遇到问题？加书架网客服微信 shujia_kf08⟧</div>
<div class="declare">⟦d 本文档由分享者上传并发布，书架网仅提供信息存储空间，如有侵权请提交证明材料，我们将在24小时内处理。⟧</div>
<div class="rec"><h3>⟦l 同分类的热门文档⟧</h3><ul><li>⟦l 马拉松志愿者培训手册⟧</li><li>⟦l 路跑赛事补给站设置要求⟧</li></ul></div>
<div class="footer">⟦m 书架网 shujiawang.com　苏ICP备20051167号-3⟧</div>
</body></html>
""",
        body="""
广大市民朋友、跑友们：
2025慈湾半程马拉松将于4月20日鸣枪开跑。赛道两旁热情的加油声，是跑者坚持到终点的动力；一块块写满祝福的手举牌，也是这座城市最温暖的表情。为让观赛更文明、更安全，慈湾市路跑协会向大家发出如下倡议：
一、安全举牌。手举牌请选用KT板、纸板等轻质材料，手柄不用金属杆、竹签等尖锐硬物，牌面不超过一张A2纸大小。
二、文明用语。牌面文字以加油鼓劲为主，不写低俗、攻击性内容，不做商业广告。
三、守住边界。举牌时请站在隔离带外，不把手举牌伸进赛道，不在急救通道和补给点附近聚集。
四、带走垃圾。观赛结束后，请把手举牌带回家或放进组委会设置的回收箱，共同保持赛道整洁。
文明观赛，从举好一块牌开始。请把这份倡议分享给身边的跑友和家人，让我们一起为跑者加油，为城市添彩！
慈湾市路跑协会
2025年3月30日
""",
    ),
    dict(
        slug="docshare-wendangya-salute-lease-contract-glued-markers",
        site="文档鸭 (invented document-sharing site)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://m.wendangya.com/d/55092817.html",
        title="婚庆电子礼炮租赁合同（范本）",
        record_title="婚庆电子礼炮租赁合同（范本）——双方盖章版·直接打印",
        date=None,
        notes="a contract template with ×× placeholders, ＿＿ blanks and ＿＿＿＿年＿＿月＿＿日; 第N条 articles; page markers "
        "cut sentences, some glued to the continuation line; no date",
        page="""
!m 文档鸭 — 随手存，随时用
!m 文档鸭 > 合同协议 > 租赁合同
!t 婚庆电子礼炮租赁合同（范本）——双方盖章版·直接打印
!m 上传：鸭鸭用户_0317　｜　3 天前　｜　3 页　｜　已有 58 人下载
!a 全文预览　免费复制前200字　下载完整版
{T}
{BODY}
!a 预览到此结束，下载后可获得可编辑的完整版
!a 下载本合同 需 5 鸭币
!d 免责说明：本范本仅供参考，签订合同前请结合实际情况并咨询专业人士。
!l 相关合同：婚庆服务合同　演出设备租赁合同　场地租赁协议
""",
        pages=dict(fmt="⸘{n}⸘", every=150, start=2, glue="mix"),
        body="""
出租方（甲方）：××礼仪服务有限公司
承租方（乙方）：＿＿＿＿＿＿
根据《中华人民共和国民法典》等有关规定，甲乙双方就电子礼炮租赁事宜，经协商一致，订立本合同。
第一条 租赁物。甲方向乙方出租电子礼炮＿＿台，型号为××，每台配遥控器一个、电源适配器一个，外观及功能完好。
第二条 租赁期限。自＿＿＿＿年＿＿月＿＿日起至＿＿＿＿年＿＿月＿＿日止，共＿＿天。
第三条 租金及押金。每台每天租金＿＿元，租金合计人民币＿＿元；乙方另付押金＿＿元，租赁物归还验收无误后全额退还。
⟦d 文档鸭水印·仅供个人学习⟧
第四条 使用要求。乙方应按照说明书操作，不得在雨中、加油站附近及人员密集的狭窄通道内使用，不得拆改机器或装填任何火药类物品。
第五条 损坏赔偿。因乙方使用不当造成租赁物损坏或丢失的，按××元／台的标准赔偿。
第六条 争议解决。本合同履行中发生争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。
第七条 本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：＿＿＿＿＿＿　乙方（签字）：＿＿＿＿＿＿
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="edu-zhenyang-notice-placards-attachments-contact",
        site="贞阳县教育信息网 (invented education portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.zhenyang.gov.cn/tzgg/2024/0911/3375.html",
        title="贞阳县教育局关于规范中小学运动会入场式手举牌制作和使用的通知",
        record_title="贞阳县教育局关于规范中小学运动会入场式手举牌制作和使用的通知 ◇ 通知公告 ◇ 贞阳县教育信息网",
        date="2024-09-10",
        date_also=["2024-09-11"],
        notes="education portal: attachment download links beside the 附件 list; the bureau's contact, phone and mailbox "
        "beside the site's technical-support line; a 文号 line (neutral); the posting date differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>贞阳县教育局关于规范中小学运动会入场式手举牌制作和使用的通知 ◇ 通知公告 ◇ 贞阳县教育信息网</title>
<script src="/js/zy-edu.js"></script>
</head><body>
<div class="topline">⟦a 适龄阅读版⟧ | ⟦a 屏幕朗读⟧ | ⟦m 今天是：星期三⟧</div>
<div class="banner">⟦m 贞阳县教育信息网　立德树人 办好人民满意的教育⟧</div>
<div class="menu">⟦m 首页⟧ ⟦m 教育要闻⟧ ⟦m 通知公告⟧ ⟦m 校园风采⟧ ⟦m 招生考试⟧ ⟦m 资料下载⟧</div>
<div class="loc">⟦m 当前页面：首页 → 通知公告 → 正文⟧</div>
<div class="article">
<h2>{T}</h2>
<p class="docno">贞教体〔2024〕31号</p>
<p class="info">⟦m 发布者：体卫艺股　发布日期：2024-09-11　点击数：917⟧</p>
<div class="body">
{BODY}
</div>
<div class="attach"><p>⟦a 相关附件（点击下载）：⟧</p><p><a href="/uploads/2024/0911/fj1.pdf">⟦a 附件1 入场式手举牌参考样式.pdf⟧</a></p><p><a href="/uploads/2024/0911/fj2.doc">⟦a 附件2 运动会安全工作责任书.doc⟧</a></p></div>
<div class="op"><a>⟦a 【打印本文】⟧</a> <a>⟦a 【返回列表】⟧</a></div>
</div>
<div class="side"><h4>⟦l 最新公告⟧</h4><ul><li>⟦l 关于开展2024年秋季学期教材征订工作的通知⟧</li><li>⟦l 贞阳县2024年教师资格认定公告⟧</li></ul></div>
<div class="foot">⟦m 主办：贞阳县教育局　地址：贞阳县文昌路18号⟧<br>⟦m 网站技术支持：贞阳县教育信息中心 0739-4418000⟧<br>⟦m 湘ICP备15009921号⟧</div>
</body></html>
""",
        body="""
各中小学校：
秋季运动会即将陆续举行。近年来，部分学校在入场式手举牌制作上互相攀比，有的花费上千元定制灯箱牌，有的使用铁质手柄，存在浪费和安全隐患。为规范手举牌制作和使用，现将有关事项通知如下。
一、手举牌统一采用KT板或瓦楞纸板制作，牌面尺寸不超过60厘米×40厘米，手柄使用木质或塑料圆杆，长度不超过1.2米，不得使用金属杆和尖头杆。
二、牌面内容以班级名称和简短口号为主，口号应积极向上，由班主任审核把关，不得出现商业广告。
三、手举牌原则上由学生在美术课或班会课上自主设计制作，每班费用不超过50元，不得向家长摊派。
四、入场式结束后，各校要组织回收手举牌，可重复使用的留作下届运动会使用。
五、各校于9月30日前将运动会安排和手举牌样式照片报县教育局体卫艺股。
联系人：伦子贞，电话：0739-4418126，邮箱：zyjytwy@163.com。
附件：1.贞阳县中小学运动会入场式手举牌参考样式
2.运动会安全工作责任书
贞阳县教育局
2024年9月10日
""",
    ),
    dict(
        slug="edu-gongchuan-school-parents-meeting-signin-scan",
        site="恭川教育云 (invented education portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.gcjyy.cn/school/zpzx/notice/20250306-0412.html",
        title="仲坪镇中心小学关于召开2025年春季家长会的通知",
        record_title="仲坪镇中心小学关于召开2025年春季家长会的通知（校园公告）- 恭川教育云",
        date="2025-03-05",
        date_also=["2025-03-06"],
        notes="school notice on an education cloud: sign-in board and 扫码签到 as content; the school office's phone "
        "beside the platform's 400 line; the posting date differs",
        page="""
!m 恭川教育云 · 学校空间
!m 仲坪镇中心小学 ＞ 校园公告
!t 仲坪镇中心小学关于召开2025年春季家长会的通知（校园公告）- 恭川教育云
{T}
!m 发布：校办　2025-03-06 16:20　浏览 1183
!a ［大字］［标准］［打印］
{BODY}
!a 家长可在“恭川教育云”App 的学校空间查看更多通知
!l 学校空间近期公告：新学期作息时间调整｜春季学期课后服务报名
!m 恭川教育云平台服务热线：400-807-2025
!d 恭川县教育局主办　内容由学校自行发布并负责
""",
        indent="\u3000\u3000",
        body="""
各位家长：
为加强家校沟通，共同做好孩子新学期的学习和成长工作，学校定于2025年3月14日（星期五）下午3:00召开春季家长会。现将有关事项通知如下：
一、会议安排
下午3:00—3:40在学校操场召开全体家长大会，由校长介绍新学期工作安排；3:50—4:40到各班教室召开班级家长会。
二、签到方式
家长到校后，请在校门口各年级的签到板上签写孩子的班级和姓名。签到板右下角贴有二维码，不方便书写的家长也可以扫码签到。请每个家庭至少来一位家长，不要带其他孩子进校。
三、注意事项
学校周边道路较窄，请家长尽量步行或骑车到校，电动车请停放在校门东侧临时停车区。
联系电话：0735-7716203（学校办公室）。
仲坪镇中心小学
2025年3月5日
""",
    ),
    dict(
        slug="oa-xile-minutes-arch-vote-count",
        site="喜乐庆典协同办公平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.xileqingdian.com/doc/view?id=20250509002",
        title="关于气拱门搭设安全管理的专题会议纪要",
        record_title="〔月度安全会·会议纪要〕关于气拱门搭设安全管理的专题会议纪要 - 喜乐协同",
        date="2025-05-08",
        date_also=["2025-05-09"],
        notes="an OA document view with 流转记录 and read counts; the minutes' 时间/地点/主持/参会/记录 lines and a vote count "
        "in the body; the meeting date is the date, the posting date differs",
        page="""
<html><head><meta charset="utf-8"><title>关于气拱门搭设安全管理的专题会议纪要 - 喜乐协同</title>
<script src="/oa/js/flow.js"></script></head>
<body>
<div class="oa-top">⟦m 喜乐协同 · 慈湾喜乐庆典服务有限公司⟧　⟦m 当前用户：卢志强（项目部）⟧　<a>⟦a 退出系统⟧</a></div>
<div class="oa-menu">⟦m 待办⟧ ⟦m 已办⟧ ⟦m 公文⟧ ⟦m 纪要⟧ ⟦m 通讯录⟧</div>
<div class="oa-path">⟦m 公文中心 / 会议纪要 / 查看⟧</div>
<div class="oa-doc">
<div class="doc-title">{T}</div>
<div class="doc-attr">⟦m 拟稿：温小贞　发布日期：2025-05-09　密级：内部⟧</div>
<div class="doc-btns"><button>⟦a 确认已阅⟧</button> <button>⟦a 转交他人⟧</button> <button>⟦a 另存为PDF文件⟧</button></div>
<div class="doc-content">
{BODY}
</div>
<table class="flow"><tr><th>⟦m 流转记录⟧</th></tr>
<tr><td>⟦m 温小贞 拟稿 → 邓仲威 签发 → 全体部门负责人 传阅⟧</td></tr>
<tr><td>⟦m 已阅 14 人　未阅 3 人⟧</td></tr></table>
</div>
<div class="oa-foot">⟦d 内部资料，注意保密，禁止截图外传⟧　⟦m 信息部维护 分机 8016⟧</div>
</body></html>
""",
        body="""
时间：2025年5月8日下午2:30
地点：公司三楼会议室
主持：邓仲威（总经理）
参会：祝佐良、曹哲、韦淑君、卢志强、项目部全体搭建员
记录：温小贞
会议听取了项目部关于4月份气拱门搭设情况的汇报，研究了气拱门搭设安全管理有关事项。现纪要如下：
一、4月份公司共承接气拱门搭设业务63场，其中开业庆典38场、婚庆17场、体育赛事8场。4月19日伦港区一处开业现场因阵风造成拱门偏移，未造成损失，但暴露出固定措施不到位的问题。
二、会议决定，自5月10日起，所有气拱门每侧拱脚一律配备6个25公斤沙袋，跨度10米以上的加打地锚；搭设完成后由项目负责人拍照上传，确认固定到位后方可离场。
三、会议决定，每场活动安排1名看护员全程值守，风速达到5级以上时立即放气，不得以客户要求为由拖延撤收。
四、会议审议《气拱门搭设作业指导书（修订稿）》，应到7人，实到7人，同意7票，反对0票，弃权0票，会议通过。
五、由行政部负责组织全体搭建员学习修订后的作业指导书，5月15日前完成考试。
""",
    ),
    dict(
        slug="oa-yuhu-golf-bulletin-rake-damage-record-title",
        site="愉湖球会内网 (invented intranet)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://intranet.yuhugolf.com/notice/2025/0603-07",
        title="关于近期沙坑耙损坏丢失情况的通报",
        date="2025-06-03",
        notes="record title as is; a document number line (neutral) under the title; a small table; 扫码 as content; "
        "intranet read-confirm and extension lines",
        page="""
!m 愉湖球会内网　｜　公文通报　｜　制度汇编　｜　排班查询
!m 位置：内网首页 / 公文通报 / 草坪部
{T}
愉湖球会〔2025〕草字第7号
!m 发布部门：草坪部　阅读人数 87
!a 【确认已阅】【下载附件】【返回上级】
{BODY}
!m 本通报已推送至：草坪部、球童部、车辆部、会员服务部
!d 内网信息仅限本会员工查阅，不得对外转发
!m 技术问题请拨信息中心分机 6020
""",
        indent="\u3000\u3000",
        body="""
各部门：
5月以来，球场沙坑耙损坏、丢失情况明显增多。经草坪部统计，5月1日至31日共有沙坑耙损坏19把、丢失6把，均超过去年同期水平。现将有关情况通报如下。
一、损坏丢失情况
区域　损坏（把）　丢失（把）　主要原因
前九洞　11　2　球车碾压、被当作拐杖使用
后九洞　6　4　被扔入水塘、夜间丢失
练习场沙坑　2　0　耙头老化断裂
二、原因分析
一是部分球车驾驶员贴着沙坑边缘行驶，碾压放在沙坑外侧的沙坑耙；二是少数球员出沙时用沙坑耙撑地借力，导致耙柄折断；三是后九洞夜间缺少巡查，存在沙坑耙被带走的情况。
三、整改要求
（一）车辆部要重新培训球车驾驶员，球车与沙坑边缘保持2米以上距离。
（二）球童部要提醒球员正确使用沙坑耙，发现损坏及时报草坪部。
（三）草坪部已为全部沙坑耙手柄贴上编号二维码，养护工每周一巡场时逐把扫码登记，发现缺失当日补齐。
愉湖高尔夫球会
2025年6月3日
""",
    ),
]
