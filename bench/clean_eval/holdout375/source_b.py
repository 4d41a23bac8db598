"""holdout375, part B: blogs, WeChat mirrors, sharing pages, education portals, intranets, a Q&A.

Invented text; see ../README.md and ../build.py for the markup. Written by hand, case by case.
"""

CASES = [
    dict(
        slug="blog-dongtu-ice-scraper-choice-record-date",
        site="冻土上的车轮 (invented, Hexo-like personal blog)",
        style="博客",
        genre="博客文章",
        kind="other",
        form="html",
        source="https://dongtu-chelun.cn/2025/01/09/chubingchan/",
        title="跑了七个冬天，说说除冰铲怎么挑",
        record_title="跑了七个冬天，说说除冰铲怎么挑 ❄ 冻土上的车轮",
        record_date="2025-01-09",
        date="2025-01-09",
        notes="record gives the date; blog with tag cloud, archive, reward button and comment form; a related-post link "
        "glued after a sentence",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>跑了七个冬天，说说除冰铲怎么挑 ❄ 冻土上的车轮</title>
<meta name="generator" content="Hexo 6.3.0">
<link rel="alternate" href="/atom.xml" type="application/atom+xml">
</head><body>
<header id="header"><a class="brand" href="/">⟦m 冻土上的车轮⟧</a><p class="subtitle">⟦m 一个北方出租司机的路上笔记⟧</p>
<nav>⟦m 首页　归档　分类　关于老韩⟧</nav></header>
<main><article class="post">
<h1 class="post-title">{T}</h1>
<div class="post-meta">⟦m 发表于 2025-01-09　|　分类于 车上那些事　|　阅读次数 1311⟧</div>
<div class="post-body">
{BODY}
</div>
<div class="reward">⟦a 觉得有用？请老韩喝杯热茶 ☕ 打赏⟧</div>
<div class="post-tags">⟦l # 除冰　# 冬季用车　# 出租车⟧</div>
<div class="post-nav">⟦l ‹ 雪天跑夜班的几点体会⟧　⟦l 防冻玻璃水别乱兑 ›⟧</div>
<div id="comment"><h3>⟦l 留下你的看法⟧</h3><p>⟦l 昵称（必填）　邮箱（不公开）　网址⟧</p><button>⟦a 提交评论⟧</button></div>
</article></main>
<aside><div class="widget"><h4>⟦l 标签云⟧</h4><p>⟦l 雪地胎　电瓶　除冰　夜班　乘客故事　保养⟧</p></div>
<div class="widget"><h4>⟦l 文章归档⟧</h4><p>⟦l 2025年1月 (3)　2024年12月 (5)　2024年11月 (4)⟧</p></div></aside>
<footer>⟦m © 2019 - 2025 老韩　由 Hexo 驱动 · 主题 NexT⟧</footer>
</body></html>
""",
        body="""
在矾岭跑出租的第七个冬天，车上的除冰铲已经换了四把。今天零下二十六度，早上刮了十分钟玻璃，干脆写篇东西聊聊怎么挑。
第一，铲头一定选塑料或者铜片的。铁铲子刮得快，但稍不注意就在玻璃上留道子，到了晚上对面车灯一照，那道划痕晃得人眼花。
第二，柄要长，最好带刷子。越野车的挡风玻璃又高又宽，短柄铲子得踮着脚够，刷子可以先把浮雪扫掉，再铲底下那层冰。⟦l 延伸阅读：给车换雪地胎那天我学到的三件事⟧
第三，别贪便宜买一体成型的薄塑料铲，零下二十多度一使劲就脆断了。我去年冬天就断过一把，碎片弹到眼角，吓出一身冷汗。
最后多说一句，千万别图省事拿热水浇玻璃，冷热一激，玻璃裂了可比一把铲子贵多了。
""",
    ),
    dict(
        slug="blog-banzhancha-essay-guasha-board-wrapped",
        site="半盏茶的博客 (invented)",
        style="博客",
        genre="散文",
        kind="other",
        form="text",
        source="http://banzhancha.blog.cn-notes.net/post/1206",
        title="奶奶的那块牛角刮痧板",
        record_title="奶奶的那块牛角刮痧板｜旧时光 · 半盏茶",
        date=None,
        notes="blog essay hard-wrapped at 54 columns; no date (only a 'written on a sultry summer night' line and a "
        "relative comment time); tags, prev/next and comments",
        page="""
!m 半盏茶的博客
!m 茶凉了再续，字写完再读
!m 首页　旧时光　读书　护理手记　留言板
{T}
!m 分类：旧时光　　阅读：208　　评论：3
{BODY}
写于一个闷热的夏夜
!l 标签：奶奶 / 刮痧 / 童年
!l 上一篇：外公的竹躺椅
!l 下一篇：值夜班时听到的一句话
!l 读者留言（3）
!l 青柚：看哭了，我奶奶也有一块，是用瓷勺子代替的
!l 半盏茶 回复 青柚：老人家的东西都带着温度
!l 发表你的评论（登录后可用）
!m Powered by 笔记本博客系统 · 半盏茶 版权所有
""",
        wrap=54,
        indent="\u3000\u3000",
        body="""
奶奶有一块牛角刮痧板，巴掌大小，边缘磨得油亮，平时用一块蓝布手帕包着，压在衣柜的抽屉底下。
小时候我一到夏天就中暑，头昏脑涨，吃不下饭。奶奶便让我趴在竹床上，在碗里倒一点清水，用刮痧板蘸着水，从脖子后面一下一下往下刮。刮完背上一道道红印子，人却真的松快了不少。
奶奶说，刮痧要顺着一个方向，不能来回乱刮，出了痧就停，不能为了出痧使劲刮。这些话我那时候听不懂，只记得她手很稳，刮一会儿就问我疼不疼。
后来我学了护理，才知道刮痧也有不少讲究，体弱的人、皮肤有破口的地方都不能刮。奶奶那套办法未必处处科学，但她那份小心，我一直记得。
奶奶走后，那块刮痧板留给了我。我没舍得用，仍旧拿蓝布包着，放在书桌的抽屉里。
""",
    ),
    dict(
        slug="wechat-shiyi-basket-pitfalls-h1-star-prompt",
        site="公号拾遗 (invented WeChat mirror) / account 厨房收纳局",
        style="公众号镜像",
        genre="公众号文章",
        kind="other",
        form="html",
        source="https://www.gonghaoshiyi.com/a/chufangshounaju/20241027_5512.html",
        title="拉篮装了不到一年就掉漆？这五个坑别再踩了",
        record_title=None,
        date="2024-10-27",
        notes="no title in the record (found in <h1>); account line's date as the page's date; a star prompt before the "
        "first words; 在看/阅读原文/赞赏 rows, QR line and the mirror's archive note (a stamp, no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>公号拾遗 - 好文章不该消失</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script>window.__mirror={src:"mp"}</script>
</head><body>
<div class="sy-bar">⟦m 公号拾遗 · 好文章不该消失⟧ <a>⟦a 收录公众号⟧</a> <a>⟦a 搜索文章⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 原创　厨房收纳局　2024年10月27日 20:30　浙江⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<p class="end">⟦a 喜欢就点个“在看”，让更多人少花冤枉钱 👇⟧</p>
<div class="op">⟦a 阅读原文　赞赏作者　在看 86　分享⟧</div>
<div class="qr">⟦a 长按识别二维码，关注厨房收纳局，每周一篇收纳干货⟧</div>
</div>
<div class="sy-note">⟦d 本页由公号拾遗于 2024-11-02 自动存档，著作权归原公众号所有，如需删除请联系 del@gonghaoshiyi.com⟧</div>
<div class="sy-more"><h4>⟦l 该公众号其他文章⟧</h4><ul><li>⟦l 水槽柜潮湿发霉，三招解决⟧</li><li>⟦l 小厨房也能放下烤箱？⟧</li></ul></div>
</body></html>
""",
        p_html='<p style="margin-bottom:16px;line-height:1.8">{}</p>',
        body="""
⟦a 点一下标题下方蓝字，把“厨房收纳局”设为星标⟧装修时多花几百块装的拉篮，用了不到一年就生锈、掉漆、拉不动，这样的吐槽我们后台每周都能收到好几条。今天就把常见的五个坑一次说清楚。
坑一：只看价格不看材质。所谓“不锈钢”拉篮，有的只是铁丝镀铬，潮湿的水槽柜里用不了多久就起锈斑。选购时可以带一块小磁铁，吸得特别牢的要多问一句材质。
坑二：焊点只看正面。翻过来看看篮底的焊点，虚焊、漏焊的地方用久了容易开裂。
坑三：滑轨随便配。拉篮好不好用，一半看滑轨，带阻尼的三节滑轨推拉更顺，也不容易撞柜门。
坑四：尺寸量错。柜体内宽要减去滑轨的安装空间，差一厘米都可能装不进去。
坑五：超载使用。调味拉篮塞满玻璃瓶，重量很容易超过额定承重，轨道变形就是这么来的。
""",
    ),
    dict(
        slug="wechat-haowen-fire-tips-coil-holder-text",
        site="号文备份 (invented WeChat mirror, text) / account 稠溪消防",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="http://haowenbeifen.net/mp/chouxi119/2024070301",
        title="关于夏季安全使用蚊香的消防提示",
        record_title="关于夏季安全使用蚊香的消防提示｜稠溪消防（号文备份）",
        date="2024-07-01",
        date_also=["2024-07-03"],
        notes="mirror of an account's article as text: the account line's date differs from the signature date (both "
        "accepted, the document's expected); a past-issues link glued after a sentence; follow prompt and 在看 row",
        page="""
!m 号文备份｜公众号文章离线阅读
!t 关于夏季安全使用蚊香的消防提示｜稠溪消防（号文备份）
{T}
!m 稠溪消防　2024-07-03 18:05　发表于福建
{BODY}
!a 分享给家里的长辈看看，转发就是守护
!a ♡ 赞　　☆ 在看　　→ 转发
!m 文章来源：稠溪消防（微信号：chouxi119）
!d 号文备份仅作离线存档，原文如有修改以公众号为准。
""",
        body="""
⟦a 戳上方“稠溪消防”关注我们，防火知识天天学⟧广大居民朋友：
入夏以来，我县已接报多起因蚊香引发的火情，其中一起是蚊香直接放在木地板上点燃，引燃了垂落的床单。为防止此类事故，现提示如下：⟦l 往期回顾：电动车充电，这几件事千万别做⟧
一、点蚊香一定要使用带支架的金属蚊香盘，把蚊香固定在支架上，下面接好托盘，不要直接放在地板、纸箱或塑料凳上。
二、蚊香盘要放在平稳、不易被碰倒的地方，与蚊帐、窗帘、衣物、沙发等可燃物保持至少半米距离。
三、家中有老人、小孩的，睡前要检查蚊香位置；离家外出前务必把蚊香熄灭。
四、发现火情请立即拨打119报警，切勿贪恋财物。
稠溪县消防救援大队
2024年7月1日
""",
    ),
    dict(
        slug="docshare-gongxiang-rules-guasha-disinfection-docx",
        site="共享文档圈 (invented)",
        style="文档分享",
        genre="规定",
        kind="other",
        form="html",
        source="https://www.gxwdq.com/doc/2024/5573910.html",
        title="逖湖区康复医疗中心刮痧操作及刮痧板消毒管理规定",
        record_title="逖湖区康复医疗中心刮痧操作及刮痧板消毒管理规定.docx",
        date=None,
        notes="file-name record title; 第N条 articles; no date (rules in force 'from the day of issue', an upload stamp "
        "only); file-info box, sign-in points lock, service WeChat, upload notice",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>逖湖区康复医疗中心刮痧操作及刮痧板消毒管理规定.docx-共享文档圈</title>
<link rel="stylesheet" href="/assets/doc.css">
</head><body>
<div class="gx-head"><span class="gx-logo">⟦m 共享文档圈⟧</span><span>⟦m 好资料大家一起用⟧</span><a>⟦a 上传赚积分⟧</a><a>⟦a 登录｜免费注册⟧</a></div>
<div class="gx-info">
<h2>{T}</h2>
<table><tr><td>⟦m 文件格式：DOCX⟧</td><td>⟦m 文件大小：24.6 KB⟧</td><td>⟦m 页数：2⟧</td></tr>
<tr><td>⟦m 分享人：康复小周⟧</td><td>⟦m 分享时间：2024-06-11 08:47⟧</td><td>⟦m 下载 96 次⟧</td></tr></table>
</div>
<div class="gx-view">
{BODY}
</div>
<div class="gx-lock">⟦a 签到满7天可领取积分，积分够了就能下载这份文档⟧ <button>⟦a 去签到⟧</button></div>
<div class="gx-kf">⟦w 找不到想要的制度模板？添加资料小助手微信 gxwdq-zl01 免费代找⟧</div>
<div class="gx-rel"><h4>⟦l 同类文档推荐⟧</h4><p>⟦l 针灸针具一次性使用管理制度.docx⟧</p><p>⟦l 中医馆院感防控工作制度汇编.pdf⟧</p></div>
<div class="gx-foot">⟦d 温馨提示：本站文档均来自用户分享，下载前请确认内容，涉及侵权可提交申诉，核实后下架。⟧<br>⟦m 共享文档圈 gxwdq.com　鲁ICP备22014496号⟧</div>
</body></html>
""",
        body="""
第一条　为规范刮痧技术操作，防止交叉感染，保障患者安全，结合本中心实际，制定本规定。
第二条　刮痧治疗须由取得相应资质的医师或经培训考核合格的技师实施，操作前应询问病史；皮肤破损、有出血倾向、孕妇腰骶部等禁忌情形不得刮痧。
第三条　刮痧板实行一人一板。患者首次治疗时领取新板并登记编号，疗程内专板专用，不得混用。
第四条　每次治疗结束后，刮痧板先用流动水清洗，再用75%酒精擦拭两遍，晾干后装入标有患者姓名的清洁袋内。
第五条　刮痧板出现裂纹、缺口或边缘毛糙的，应立即停用并更换。
第六条　科室护士长每周检查刮痧板登记和消毒记录，检查情况纳入科室质量考核。
第七条　本规定自印发之日起施行，由中心医务科负责解释。
""",
    ),
    dict(
        slug="docshare-juanzong-pledge-pencil-knife-oneline",
        site="卷宗文档网 (invented)",
        style="文档分享",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.juanzongdoc.com/s/kx8Tq2",
        title="“安全用刀　文明学习”倡议书",
        record_title="“安全用刀　文明学习”倡议书（少先队大队部拟·可打印张贴）",
        date="2024-09-10",
        notes="the whole pledge on one line, paragraphs separated only by their indent; decorated record title; a "
        "sentence about sharing a sharpener with a deskmate (content); signature date",
        page="""
!m 卷宗文档网　免费文档在线浏览
!m 文件：“安全用刀　文明学习”倡议书.docx　　18.2KB　　浏览 317
!a 在线预览　｜　下载到电脑　｜　保存到手机
{T}
{BODY}
!d 卷宗文档网所有文件均由网友自行上传，本网不对文件内容负责，侵权请联系 kefu@juanzongdoc.com。
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
全校同学们：
削笔刀是我们学习中常用的小工具，用得好是帮手，用不好就会伤到自己和同学。为了让每一位同学都能安全、文明地使用削笔刀，学校少先队大队部向大家发出如下倡议：
一、只在削铅笔时使用削笔刀，用完立即收进文具盒，不拿刀片玩耍、比划。
二、削铅笔时刀口向外，不对着自己和别人，削下的木屑倒进垃圾桶。
三、不携带美工刀、折叠刀等与学习无关的刀具进校园。
四、看到同学用刀打闹，要及时劝阻并报告老师。
五、好用的削笔刀可以和同桌分享，但递刀时要把刀柄朝向对方。
同学们，让我们从小事做起，争做安全文明的好少年！
臾川县实验小学少先队大队部
2024年9月10日
""",
    ),
    dict(
        slug="edu-yuchuan-notice-stationery-safety-attachments",
        site="臾川教育网 (invented, county education bureau)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.yuchuan.gov.cn/jyzx/tzgg/202409/t20240925_42870.html",
        title="臾川县教育局关于加强中小学生文具安全管理的通知",
        record_title="臾川县教育局关于加强中小学生文具安全管理的通知〔局发文件〕- 臾川教育网",
        date="2024-09-23",
        date_also=["2024-09-25"],
        notes="education portal with 适老版/读屏 links; 文号 line (neutral); the bureau's own 联系人/电话/邮箱 beside the "
        "site's technical-support line; 附件 list beside attachment download links; 成文日期 expected, posting date also",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>臾川县教育局关于加强中小学生文具安全管理的通知〔局发文件〕- 臾川教育网</title>
<script src="/js/yc-edu.js"></script>
</head><body>
<div class="top">⟦a 适老版　读屏模式　无障碍⟧　⟦m 今天是：星期三⟧</div>
<div class="banner">⟦m 臾川教育网　臾川县教育局主办⟧</div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 教育要闻⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 校园安全⟧</li><li>⟦m 招生考试⟧</li></ul>
<div class="pos">⟦m 你的位置：首页 ▷ 通知公告 ▷ 局发文件⟧</div>
<div class="art">
<h2>{T}</h2>
<p class="wh">臾教发〔2024〕29号</p>
<p class="info">⟦m 发布单位：县教育局安全股　　发布日期：2024-09-25　　点击数：2046⟧</p>
<div class="txt">
{BODY}
</div>
<div class="down"><p>⟦l 附件1下载：文具安全教育主题班会参考方案.docx⟧</p><p>⟦l 附件2下载：学生文具安全使用要点.pdf⟧</p></div>
<div class="act">⟦a 【打印本页】【关闭本页】【返回顶部】⟧</div>
</div>
<div class="foot"><p>⟦m 主办单位：臾川县教育局　地址：臾川县城关镇学府路9号⟧</p>
<p>⟦m 网站技术支持：0593-7320088（工作日 8:30-17:30）⟧</p><p>⟦m 闽ICP备10021873号⟧</p></div>
</body></html>
""",
        p_html='<p style="text-indent:2em;line-height:30px">{}</p>',
        body="""
各乡镇中心学校，县直各学校：
新学期以来，个别学校发生学生使用削笔刀、美工刀时划伤自己或同学的情况。为加强文具安全管理，现就有关事项通知如下：
一、各校要利用班会、晨会开展一次文具安全教育，重点讲清削笔刀、圆规、美工刀的正确使用方法。
二、小学低年级提倡使用带护罩的削笔器，确需使用削笔刀的，应在教师指导下使用，不得拿着刀片离开座位。
三、学校周边文具店出售刀具类文具的，各校要配合市场监管部门做好巡查。
四、各校于10月15日前将教育活动开展情况报县教育局安全股。
联系人：阎秋实，电话：0593-7326611，邮箱：ycjyaq@163.com。
附件：1.文具安全教育主题班会参考方案
2.学生文具安全使用要点
臾川县教育局
2024年9月23日
""",
    ),
    dict(
        slug="edu-fanling-notice-school-bus-deicing",
        site="矾岭教育信息网 (invented), text rendering",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.flxjyj.cn/tzgg/2024/1128/1574.html",
        title="关于做好冬季校车出车前除冰除霜工作的通知",
        record_title="关于做好冬季校车出车前除冰除霜工作的通知【校车安全·冬季专刊】",
        date="2024-11-28",
        notes="education bureau notice as text: numbered list 1.–4.; signature date; a font row and a scan-to-read line",
        page="""
!m 矾岭教育信息网
!m 首页 → 通知公告 → 安全工作
{T}
!m 来源：县教育局学生资助和校车管理办公室　　访问量：1182
!a 字号［大］［中］［小］　　［打印］　　［关闭］
{BODY}
!a 手机扫码，随时阅读本通知
!l 相关通知：关于开展冬季校园消防安全检查的通知
!l 相关通知：2024年秋季学期校车驾驶员培训安排
!m 矾岭县教育局　主办　　地址：矾岭县新华大街112号　　蒙ICP备13003210号
""",
        indent="\u3000\u3000",
        body="""
各中小学、幼儿园，各校车服务单位：
入冬以来，我县早晚气温低，校车挡风玻璃和车窗结冰现象较多。为确保学生乘车安全，现将有关要求通知如下：
1.校车驾驶员每日出车前须提前半小时到达停车场，启动暖风并用除冰铲、雪刷清除挡风玻璃、车窗和后视镜上的冰霜，确保视线清晰后方可出车。
2.各校车服务单位要为每辆校车配备除冰铲、雪刷和防冻玻璃水，并建立领用登记。
3.随车照管员要在学生上车前检查车门踏步，有结冰的要及时铲除并撒防滑沙。
4.遇暴雪、冻雨等恶劣天气，各校要及时调整到校时间，并通过家校群告知家长。
矾岭县教育局
2024年11月28日
""",
    ),
    dict(
        slug="oa-shangchu-minutes-basket-rail-vote",
        site="尚厨协同办公平台 (invented intranet of 朐阳尚厨家居有限公司)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.shangchu-home.local/doc/view?id=20240314-0087",
        title="关于碗碟拉篮滑轨卡滞问题的质量专题会议纪要",
        record_title="〔拉篮品质复盘会〕关于碗碟拉篮滑轨卡滞问题的质量专题会议纪要 - 尚厨协同办公",
        date="2024-03-14",
        notes="OA document view: 流转记录, read counts, 已阅/转发/归档 buttons; the minutes' 时间/地点/主持/参会/记录 lines "
        "and a vote count; the date from the 时间 line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔拉篮品质复盘会〕关于碗碟拉篮滑轨卡滞问题的质量专题会议纪要 - 尚厨协同办公</title>
<script src="/oa/static/js/docview.js"></script>
</head><body>
<div class="oa-top">⟦m 尚厨协同办公平台⟧　⟦m 当前用户：倪婷（品质部）⟧　⟦a 待办(3)　消息(7)　退出⟧</div>
<div class="oa-path">⟦m 公文管理 / 会议纪要 / 质量类⟧</div>
<div class="oa-doc">
<h2>{T}</h2>
<p class="oa-no">⟦m 纪要编号：SC-ZL-2024-006　密级：内部⟧</p>
<div class="oa-body">
{BODY}
</div>
<div class="oa-btns">⟦a 标记已阅　转发　归档　导出PDF⟧</div>
<div class="oa-flow"><h4>⟦l 流转记录⟧</h4>
<p>⟦l 倪婷 起草 → 贾新民 审核 → 总经理办公室 签发⟧</p>
<p>⟦l 已阅 27 人　未阅 4 人⟧</p></div>
</div>
<div class="oa-foot">⟦d 内部资料　未经授权禁止外传⟧　⟦m 信息中心技术支持 分机 8016⟧</div>
</body></html>
""",
        body="""
时间：2024年3月14日下午2:30
地点：公司三楼质量会议室
主持：贾新民（品质部经理）
参会：生产部、采购部、品质部、售后服务部负责人及五金车间班组长
记录：倪婷
会议通报了2月份售后反馈情况：碗碟拉篮滑轨卡滞投诉共31起，占五金类投诉的四成以上，集中在800型三节轨。经讨论，形成如下意见：
一、采购部暂停向原供应商采购800型滑轨，已到货的两批次由品质部全数复检。
二、五金车间调整滑轨安装工装，侧板开孔偏差控制在正负0.5毫米以内。
三、售后服务部对已投诉用户上门更换滑轨，3月底前全部完成。
四、会议对是否将三节轨统一升级为阻尼轨进行了表决：应到9人，实到9人，同意8票，反对0票，弃权1票，决定自4月1日起统一升级。
""",
    ),
    dict(
        slug="oa-xinran-bulletin-coil-holder-stamping-injury",
        site="馨燃内部信息门户 (invented intranet of 稠溪县馨燃日用品厂), text",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://192.168.10.8/portal/notice/2024/0522-03",
        title="关于冲压车间蚊香盘生产中发生手指划伤事故的通报",
        date="2024-05-22",
        notes="record title as is; an incident date inside the text and the signature date in Chinese numerals "
        "(expected); intranet read count and buttons; a watermark line",
        page="""
!m 馨燃内部信息门户　｜　通知通报
!m 发布部门：厂安全生产办公室　　阅读：212人
{T}
{BODY}
!a 【已阅确认】　【打印】　【返回列表】
!d 内部文件，请勿截图外传　——　工号水印 0427
!m 信息化小组维护　内线 6603
""",
        indent="\u3000\u3000",
        body="""
各车间、各部门：
2024年5月20日上午，冲压车间员工佘某在更换蚊香盘冲压模具时，未按规定关闭设备电源，右手食指被模具边缘划伤，缝合四针。经调查，事故直接原因是员工违规操作，间接原因是班组长现场监督不到位、防割手套未按时发放。
为吸取教训，厂部决定：
一、对当事员工进行安全再培训，考核合格后方可上岗；对当班班组长通报批评，扣发当月安全奖。
二、冲压车间所有模具更换作业必须执行“断电、挂牌、确认”三步程序。
三、行政部于5月25日前补发全部防割手套，并建立发放台账。
各部门要以此为鉴，举一反三，立即开展一次安全隐患自查。
稠溪县馨燃日用品厂
二〇二四年五月二十二日
""",
    ),
    dict(
        slug="qa-youwen-plastic-scraper-glass-question",
        site="有问必答·车友频道 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.youwenbida.com/q/3390127.html",
        title="塑料除冰铲会不会刮花挡风玻璃？",
        record_title=None,
        date=None,
        notes="no title in the record: the question is the title; adopted-answer badge, vote row, more answers; relative "
        "answer time (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>有问必答</title></head><body>
<div class="yw-top">⟦m 有问必答 · 车友频道⟧ <a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="yw-crumb">⟦m 有问必答 ＞ 汽车 ＞ 冬季用车⟧</div>
<div class="yw-q"><h1>{T}</h1>
<p>⟦m 提问者：雪地里的小蓝车　　浏览 3872　　2个回答⟧</p></div>
<div class="yw-best"><span class="badge">⟦m ✔ 提问者采纳⟧</span>
<p class="who">⟦m 冰城老修车　|　汽修技师　|　回答于 3 天前⟧</p>
<div class="yw-ans">
{BODY}
</div>
<p class="vote">⟦a 有用 214　没用 6　评论 11⟧</p></div>
<div class="yw-other"><h4>⟦l 其他回答（1）⟧</h4><p>⟦l 路过的司机：我一直用银行卡刮，好像也没事……⟧</p></div>
<div class="yw-side"><h4>⟦l 大家还在问⟧</h4><p>⟦l 玻璃水冻住了怎么办？⟧</p><p>⟦l 雨刮器粘在玻璃上能直接开吗？⟧</p></div>
<div class="yw-foot">⟦d 回答内容仅代表网友个人观点，不构成专业维修建议。⟧ ⟦m © 有问必答 冀ICP备20017745号⟧</div>
</body></html>
""",
        body="""
不会，只要用法对。塑料除冰铲的硬度比玻璃低得多，正常刮冰是刮不出划痕的。
真正刮花玻璃的，往往是冰层下面夹着的沙粒。风一吹，灰尘落在玻璃上，再被冻进冰里，用力一推，沙粒就在玻璃上拖出细纹。所以刮之前最好先开几分钟暖风，让贴着玻璃的那层冰变软，再顺着一个方向推。
另外，铲口如果已经磕出缺口或者起了毛边，要及时换新的，毛边最容易把沙粒卡住。金属铲、会员卡、钥匙之类的东西就别拿来刮了。
""",
    ),
]
