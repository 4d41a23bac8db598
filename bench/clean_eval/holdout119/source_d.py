"""holdout119, part D: scarecrows (稻草人) — field bird-scaring, scarecrow festivals, makers. Invented text."""

CASES = [
    dict(
        slug="news-heyuan-scarecrow-festival-text",
        site="禾塬融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.heyuan-rongmei.cn/news/2025/09/28/77102.shtml",
        title="禾塬县第三届稻草人艺术节开幕 三百个“草人”守望丰收田",
        record_title="禾塬县第三届稻草人艺术节开幕 三百个“草人”守望丰收田 - 禾塬融媒",
        date="2025-09-27",
        notes="news text page; dotted app date; photo caption between paragraphs; editor line after",
        page="""
!m 禾塬融媒 | 禾塬县融媒体中心主办
!m 首页 > 本地 > 乡村振兴
!t 禾塬县第三届稻草人艺术节开幕 三百个“草人”守望丰收田 - 禾塬融媒
{T}
!m 2025.09.27　禾塬融媒记者 田甜　通讯员 吴振
{BODY}
!m 编辑：鲁佳　校对：方圆　审核：柯明
!a 下载禾塬融媒客户端，看更多本地新闻
!l 热点推荐：禾塬稻田画今年什么主题？｜国庆假期禾塬乡村游线路出炉
""",
        body="""
9月27日，禾塬县第三届稻草人艺术节在麦湾镇千亩稻田开幕。300余个由村民、学生和艺术家共同制作的稻草人错落分布在金黄的稻田间，吸引了大批游客前来观赏。
今年的稻草人以“农耕记忆”为主题，有扶犁耕地的老农、挑担送饭的农妇，也有骑着自行车的邮递员。麦湾小学的孩子们还用稻草扎出了一组“十二生肖”。
⟦l 图：游客在稻田中与稻草人合影。禾塬融媒记者 田甜 摄⟧
据介绍，艺术节将持续至10月20日，期间还将举办稻草编织体验、农产品市集等活动。艺术节所用稻草均来自当地秸秆，活动结束后将统一回收还田。
""",
    ),
    dict(
        slug="blog-caomao-scarecrow-making-html",
        site="草帽叔的田间笔记 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://caomaoshu.blogsite.cn/2025/06/scarecrow.html",
        title="今年给稻田扎了五个稻草人，说说驱鸟这件事",
        record_title=None,
        date="2025-06-14",
        notes="blog with tag cloud, archive, comment box; posted-at line is the page's date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>今年给稻田扎了五个稻草人，说说驱鸟这件事 - 草帽叔的田间笔记</title></head><body>
<header><h1 class="blog-name">⟦m 草帽叔的田间笔记⟧</h1><p>⟦m 种了三十年地，还在学⟧</p></header>
<main>
<article>
<h2 class="post-title">{T}</h2>
<div class="post-meta">⟦m 发表于 2025年6月14日 · 分类：田间地头 · 评论 9 条⟧</div>
{BODY}
<div class="post-tags">⟦l 标签：稻草人　驱鸟　水稻⟧</div>
</article>
<div class="comment">⟦l 发表评论　您的电子邮箱地址不会被公开。必填项已用*标注⟧</div>
</main>
<aside><h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2025年6月 (4)⟧</li><li>⟦l 2025年5月 (6)⟧</li></ul><h3>⟦l 标签云⟧</h3><p>⟦l 育秧 插秧 稻草人 农机 天气⟧</p></aside>
<footer>⟦m © 2025 草帽叔的田间笔记 · 由 WordPress 驱动⟧</footer>
</body></html>
""",
        body="""
稻子刚抽穗，麻雀就成群来了。今年我没用驱鸟炮，自己扎了五个稻草人。
扎法很简单：两根竹竿绑成十字，裹上稻草，套一件旧衣服，头上戴顶破草帽。关键在“动”，我在每个稻草人手上系了一段彩带和两个易拉罐，风一吹就晃、就响。
用了半个月，效果比我想的好。不过老话说得对，麻雀精得很，稻草人站久了它们就不怕了。所以我每隔四五天就把稻草人挪个位置，换件衣服。
有邻居问我为啥不买驱鸟器，我说：驱鸟器吵得全村睡不着，稻草人不吵人，还好看。
""",
        p_html="<p>{}</p>",
    ),
    dict(
        slug="wechat-mirror-jinhe-scarecrow-kids-activity-text",
        site="锦禾文旅 公众号镜像 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="https://wx.jinhe-mirror.cn/a/20250802_scarecrow",
        title="“我给田野扎个伴”亲子稻草人制作活动来啦",
        record_title="报名｜“我给田野扎个伴”亲子稻草人制作活动来啦",
        date="2025-08-02",
        notes="WeChat mirror text; account line; follow prompt; the activity's own 报名/扫码 sentences kept",
        page="""
!m 锦禾文旅　2025-08-02 18:00　发表于浙江
!m 锦禾县文化和广电旅游体育局
!t 报名｜“我给田野扎个伴”亲子稻草人制作活动来啦
!a 点击上方蓝字关注我们
{BODY}
!l 往期推荐
!l 锦禾这条古道，秋天美哭了！
!l 暑期博物馆研学课程表来了
!l 分享　收藏　点赞　在看
!d 文中部分图片来源于网络，如有侵权请联系删除
""",
        body="""
你见过会“站岗”的稻草人吗？
8月9日，锦禾县农耕文化园将举办“我给田野扎个伴”亲子稻草人制作活动。老手艺人现场教学，家长和孩子一起动手，用稻草、旧衣服和竹竿扎出属于自己的稻草人。
活动时间：8月9日（周六）9:00—11:30
活动地点：锦禾县农耕文化园（沙埠镇沙埠村）
参与对象：5—12岁儿童及家长，限30组家庭
报名方式：扫描海报二维码填写报名信息，名额满即止。请参与家庭自带一件旧衣服和一顶旧帽子。
作品完成后将“住”进文化园稻田，欢迎大家秋收时回来看看它们！
咨询电话：0576-8311925
""",
    ),
    dict(
        slug="community-caohe-scarecrow-garden-notice-html",
        site="槐荫街道草河社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://caohe.huaiyin-street.cn/notice/2025-05-12.html",
        title="关于社区共享菜园设置稻草人及驱鸟网的通知",
        record_title="关于社区共享菜园设置稻草人及驱鸟网的通知_草河社区",
        date="2025-05-12",
        notes="residents' site; property hotline chrome vs the notice's own 联系人; numbered list",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于社区共享菜园设置稻草人及驱鸟网的通知_草河社区</title></head><body>
<div class="hd">⟦m 草河社区 · 幸福家园⟧</div>
<div class="nav">⟦m 社区首页　通知公告　便民服务　志愿者之家　共享菜园⟧</div>
<div class="weizhi">⟦m 您的位置：通知公告⟧</div>
<div class="box">
<h3>{T}</h3>
<div class="meta">⟦m 发布于 2025-05-12　发布人：社区网格员 小叶⟧</div>
{BODY}
</div>
<div class="side">⟦w 物业24小时热线：0571-8822 6600⟧<br>⟦l 便民服务：水电缴费 | 家政预约 | 快递代收⟧</div>
<div class="ft">⟦m 草河社区居委会　地址：槐荫街道草河路55号⟧　⟦d 本站内容仅用于社区服务⟧</div>
</body></html>
""",
        body="""
各位认领菜地的居民：
近期，社区共享菜园多处菜苗被鸟雀啄食。经菜园管理小组商议，决定在菜园内统一设置稻草人和驱鸟网。现将有关事项通知如下：
1. 社区将在菜园四角和中间通道各设置1个稻草人，由志愿者统一制作。
2. 种植番茄、草莓等作物的菜地，可向管理小组申领驱鸟网，每块地限领1张。
3. 请勿使用粘鸟网、捕鸟夹等伤害鸟类的工具，一经发现将收回菜地。
4. 欢迎有兴趣的居民参与稻草人制作，5月17日下午在社区活动室集中制作。
联系人：菜园管理小组　孔阿姨，电话：13805716248。
草河社区居民委员会
2025年5月12日
""",
    ),
    dict(
        slug="wenku-html-xiangtian-scarecrow-lesson-pages",
        site="乡田文库 (invented)",
        style="文库预览",
        genre="教案",
        kind="other",
        form="html",
        source="https://www.xiangtian-wenku.com/doc/88129041.html",
        title="三年级美术《稻草人》教学设计",
        record_title="三年级美术《稻草人》教学设计【可编辑】 - 乡田文库",
        date=None,
        notes="文库 reader page with page-marker paragraphs of our own form; VIP prompts; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>三年级美术《稻草人》教学设计【可编辑】 - 乡田文库</title></head><body>
<div class="top">⟦m 乡田文库⟧ ⟦a 开通VIP 全站文档免费下⟧ ⟦a 登录 / 注册⟧</div>
<div class="docinfo"><h1>⟦t 三年级美术《稻草人》教学设计【可编辑】⟧</h1><p>⟦m 4页　|　2.6万次浏览　|　上传于2024-11-05⟧</p></div>
<div class="reader">
{BODY}
</div>
<div class="more">⟦a 还剩2页未读，继续阅读⟧</div>
<div class="dl">⟦a 立即下载（原格式 .docx）⟧ ⟦a 加入文件夹⟧</div>
<div class="rec"><p>⟦l 猜你喜欢⟧</p><p>⟦l 二年级美术《快乐的农场》教案⟧</p><p>⟦l 《稻草人》阅读教学反思⟧</p></div>
<div class="footer">⟦d 本文档仅供学习交流，下载后请在24小时内删除⟧ ⟦m 乡田文库 xiangtian-wenku.com⟧</div>
</body></html>
""",
        pages=dict(fmt="⸢{n}⸣", every=120, start=2),
        body="""
一、教学目标
1. 了解稻草人的用途和基本结构，感受农耕文化。
2. 能运用剪、贴、扎等方法，用综合材料制作一个有个性的稻草人。
3. 培养学生热爱劳动、热爱乡村生活的情感。
二、教学重难点
重点：稻草人的结构和造型特点。难点：用不同材料表现稻草人的表情和动态。
三、教学过程
（一）导入：出示稻田里稻草人的照片，提问：“稻草人站在田里是做什么的？”
（二）新授：引导学生观察稻草人的头、身体、手臂，讨论用哪些材料可以代替稻草。
（三）实践：学生分组制作，教师巡视指导，提醒注意剪刀使用安全。
（四）展评：每组把作品摆到教室“小稻田”里，互相介绍作品的名字和故事。
""",
    ),
    dict(
        slug="forum-nongyou-scarecrow-drones-jammer-html",
        site="农友之家论坛 (invented)",
        style="论坛",
        genre="心得体会",
        kind="other",
        form="html",
        source="http://bbs.nongyou-home.com/thread-440127-1-1.html",
        title="稻草人、驱鸟器、无人机巡田，三种驱鸟办法用下来的对比",
        record_title="稻草人、驱鸟器、无人机巡田，三种驱鸟办法用下来的对比 - 种植交流 - 农友之家论坛",
        date="2025-10-08",
        notes="Discuz-like forum with jammer fonts; floors after; post date",
        page="""
<!DOCTYPE html><html><head><meta charset="gbk"><title>稻草人、驱鸟器、无人机巡田，三种驱鸟办法用下来的对比 - 种植交流 - 农友之家论坛</title></head><body>
<div id="hd">⟦m 农友之家论坛⟧ ⟦a 用户名 密码 自动登录 找回密码 立即注册⟧</div>
<div id="pt">⟦m 农友之家论坛 › 种植区 › 种植交流 › 查看内容⟧</div>
<div class="pls">⟦m 楼主　种粮大户老贺　UID 30917　积分 2046⟧</div>
<div class="plc">
<h1>{T}</h1>
<div class="authi">⟦m 发表于 2025-10-8 20:36　|　只看该作者　|　倒序浏览⟧</div>
<div class="t_f">
{BODY}
</div>
</div>
<div class="po">⟦a 回复　引用　举报　评分⟧</div>
<div class="floor">⟦l 2#　稻花香里：学习了，无人机一亩多少钱？⟧</div>
<div class="floor">⟦l 3#　北坡种田人：稻草人挪位置这招好用⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.5 © 2001-2025⟧ ⟦m 农友之家 ( 鲁ICP备17022601号 )⟧</div>
</body></html>
""",
        p_html="{}<br>",
        junk=dict(lines=1, glued=2),
        body="""
我家种了260亩水稻，今年三种驱鸟办法都试了，说说体会。
稻草人：成本最低，一个十来块钱。前半个月效果不错，后面鸟就不怕了。要勤挪位置、换衣服，人工花费不少。
声波驱鸟器：一台八百多，覆盖三四十亩。效果比稻草人持久，但声音大，邻村有人投诉，晚上只能关掉。
无人机巡田：请的飞防队，每天早晚各飞一次，一亩地一季大概十五块。效果最好，但是靠天吃饭，下雨刮风就飞不了。
我的结论是：地块大的用无人机加驱鸟器，小地块还是稻草人划算。
""",
    ),
    dict(
        slug="qa-zhidao-scarecrow-origin-text",
        site="知道一下 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://zhidao.zhidaoyixia.com/question/61208834.html",
        title="稻草人最早是哪个朝代出现的？",
        record_title="稻草人最早是哪个朝代出现的？_知道一下",
        date=None,
        notes="Q&A; best-answer badge; relative time only (no date); answer quotes a book",
        page="""
!m 知道一下 > 文化 > 历史
!t 稻草人最早是哪个朝代出现的？_知道一下
{T}
!m 提问者：路过的稻穗　　悬赏 10 积分
!m 最佳答案　　回答者：古今闲谈　　3天前
{BODY}
!l 👍 赞同 214　　💬 评论 12　　举报
!l 其他回答（3）
!l 相关问题：稻草人在外国叫什么？　｜　稻草人为什么要戴草帽？
!a 下载知道一下APP，随时随地提问
""",
        body="""
准确的起始年代没有定论，但可以说得比较早。
从文献看，宋代已经有了明确的记载。宋人笔记中提到农人“束草为人”立于田间驱赶鸟雀，和今天的稻草人差不多。
更早的时候，古人驱鸟多用人力，比如让小孩在田埂上敲竹筒、喊叫，稻草人可以看作是这种做法的“替身”。
国外也有类似的东西，英语叫scarecrow，字面意思就是“吓乌鸦的东西”。
""",
    ),
    dict(
        slug="collection-tianye-scarecrow-poems-html",
        site="田野集 · 冯秋实诗文 (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="html",
        source="https://www.fengqiushi-wenji.cn/tianyeji/027.html",
        title="稻草人札记",
        record_title="《田野集》第二辑·27｜稻草人札记",
        date="2024-10-16",
        notes="collection chapter page: table of contents sidebar, prev/next; date at the end of the essay",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>《田野集》第二辑·27｜稻草人札记</title></head><body>
<div class="site">⟦m 田野集 · 冯秋实诗文⟧</div>
<div class="toc"><p>⟦l 目录⟧</p><p>⟦l 第二辑 · 26 秋收歌⟧</p><p>⟦l 第二辑 · 28 晒秋⟧</p></div>
<div class="chapter">
<h2>{T}</h2>
{BODY}
</div>
<div class="pager">⟦l 上一篇：秋收歌⟧ ⟦l 下一篇：晒秋⟧ ⟦l 返回目录⟧</div>
<div class="foot">⟦d 本站作品版权归作者所有，转载请联系作者⟧</div>
</body></html>
""",
        body="""
田埂尽头，立着一个稻草人。
它的帽子是去年的，衣服是前年的，只有身上的稻草是今年的新稻草。村里人每年秋收后都给它换一次草，像是给一位老朋友添件新衣。
我小时候怕它。黄昏时从田里回家，远远看见一个黑影张着手臂，总以为是谁在那里等我。后来才知道，它等的是麻雀，是风，是一季又一季的收成。
如今田里的稻草人越来越少了，驱鸟器和无人机代替了它。可我总觉得，少了稻草人的田野，像一篇少了标点的文章。
2024年10月16日　记于麦湾
""",
    ),
    dict(
        slug="mail-fwd-kuixi-scarecrow-contest-html",
        site="葵溪镇综合文化站 邮件 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="html",
        source="https://mail.kuixi-wh.cn/read?mid=20250825-0417",
        title="关于举办葵溪镇首届稻草人创意大赛的通知",
        record_title="Fw: 关于举办葵溪镇首届稻草人创意大赛的通知",
        date="2025-08-22",
        date_also=["2025-08-25"],
        notes="webmail reader; mail headers chrome; document's own 附件 list and contact kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>Fw: 关于举办葵溪镇首届稻草人创意大赛的通知 - 葵溪邮</title></head><body>
<div class="mailbar">⟦a 返回　回复　回复全部　转发　删除　标记为未读⟧</div>
<div class="mailhead">
<h2>⟦t Fw: 关于举办葵溪镇首届稻草人创意大赛的通知⟧</h2>
<p>⟦m 发件人：葵溪镇综合文化站 &lt;whz@kuixi-wh.cn&gt;⟧</p>
<p>⟦m 收件人：各村（社区）文化管理员⟧</p>
<p>⟦m 发送时间：2025年8月25日 星期一 09:03⟧</p>
</div>
<div class="mailbody">
<p>⟦m ---------- 转发邮件信息 ----------⟧</p>
<h3>{T}</h3>
{BODY}
</div>
<div class="mailfoot">⟦d 此邮件由葵溪邮发送，请勿回复系统通知⟧ ⟦a 下载全部附件（打包）⟧</div>
</body></html>
""",
        body="""
各村（社区）：
为丰富群众文化生活，展示乡村振兴新风貌，镇综合文化站决定举办葵溪镇首届稻草人创意大赛。现将有关事项通知如下：
一、参赛作品：以稻草、秸秆为主要材料制作的稻草人，高度不低于1.5米，主题健康向上。
二、参赛方式：每村（社区）至少报送3件作品，9月15日前送至镇文化广场。
三、奖项设置：设一等奖1名、二等奖3名、三等奖5名，优秀奖若干名。
联系人：镇综合文化站　车晓雯，电话：0595-2761308，邮箱：whz@kuixi-wh.cn。
附件：1.稻草人创意大赛报名表
2.评分细则
葵溪镇综合文化站
2025年8月22日
""",
    ),
    dict(
        slug="print-lanhe-scarecrow-rice-bird-plan-html",
        site="兰河县农业农村局 (invented)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="html",
        source="http://nyncj.lanhe.gov.cn/print/content_7731.html",
        title="兰河县2025年水稻灌浆期生态驱鸟工作方案",
        record_title="打印 - 兰河县2025年水稻灌浆期生态驱鸟工作方案",
        date="2025-08-05",
        notes="print view: print and close buttons, print footer; data table; a decimal heading list",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>打印 - 兰河县2025年水稻灌浆期生态驱鸟工作方案</title>
<style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a 〔打印本文〕〔关闭窗口〕⟧</div>
<div class="printhead">⟦m 兰河县农业农村局　nyncj.lanhe.gov.cn⟧</div>
<h2>{T}</h2>
<div class="src">⟦m 来源：种植业股　日期：2025-08-05⟧</div>
{BODY}
<div class="printfoot">⟦m 本页网址：http://nyncj.lanhe.gov.cn/content_7731.html⟧</div>
<div class="printfoot">⟦p ∽ 1 ／ 1 ∽⟧</div>
</body></html>
""",
        body="""
为减少鸟害造成的水稻损失，同时保护鸟类资源，结合我县实际，制定本方案。
1 工作目标
全县18万亩水稻灌浆期鸟害损失率控制在3%以内，不发生违法捕杀鸟类事件。
2 主要措施
2.1 推广稻草人、彩带、反光条等传统驱鸟办法，每个乡镇建设1个生态驱鸟示范片。
2.2 在鸟害较重的沿河片区安装声光驱鸟设备，设备由县农技中心统一采购。
2.3 严禁使用粘网、毒饵等方式捕杀鸟类。
3 任务分解
乡镇　示范片面积（亩）　稻草人（个）
河口镇　500　60
新桥乡　300　40
兰溪镇　400　50
兰河县农业农村局
2025年8月5日
""",
    ),
    dict(
        slug="assoc-caoyi-scarecrow-craft-pledge-text",
        site="苇城草编手工艺协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.weicheng-caobian.org/xhgg/2025/11.html",
        title="关于规范稻草人工艺品生产销售的倡议书",
        record_title="[协会倡议] 关于规范稻草人工艺品生产销售的倡议书",
        date="2025-03-15",
        notes="association page; date under the signature in Chinese numerals; membership ad between paragraphs",
        page="""
!m 苇城草编手工艺协会　传承草编技艺　服务会员企业
!m 首页 ＞ 协会公告
!t [协会倡议] 关于规范稻草人工艺品生产销售的倡议书
!m 秘书处　|　2025-03-17　|　阅读 188
{T}
{BODY}
!a 关注协会公众号，获取更多行业资讯
!m 协会秘书处电话：0532-8801 6627　地址：苇城市工艺美术大厦5楼
!d 苇城草编手工艺协会 版权所有
""",
        indent="\u3000\u3000",
        body="""
全体会员单位：
近年来，稻草人工艺品成为乡村旅游和节庆装饰的热门商品，我市草编企业和手工作坊的订单逐年增加。但也有个别商家使用发霉秸秆、以次充好，影响了行业声誉。为此，协会向全体会员单位发出如下倡议：
一、严把原料关，使用干燥、无霉变的秸秆，做好防虫防潮处理。
⟦a 加入协会享受展会摊位优惠，点此在线申请⟧
二、诚信经营，如实标注产品材质和尺寸，不虚假宣传。
三、重视消防安全，生产场所禁止吸烟和明火，秸秆原料分区堆放。
四、传承技艺，积极参加协会组织的技艺培训和评比。
苇城草编手工艺协会
二〇二五年三月十五日
""",
    ),
]
