"""holdout112, part A: bronze-drum troupes, murder-mystery script venues (剧本杀), smart water
meters, black-bear conflicts, wild-geese wintering grounds, yuba workshops, century-egg makers,
maltose-candy stalls, winter melons, okra, cordyceps digging and TV transmitter stations. Invented
text (sites, counties, people, numbers); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-yuebai-speech-bronze-drum-html-old",
        site="悦白范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.yuebaifw.example.com/jianghua/2025/1102/6618.asp",
        title="在铎川县铜鼓文化传承展演活动开幕式上的致辞",
        record_title="【精选】在铎川县铜鼓文化传承展演活动开幕式上的致辞（通用2篇）_悦白范文网",
        date="2025-10-26",
        notes="old table layout, marquee, 字号 row, QQ writing prompt glued after a sentence; date under the speech title in Chinese numerals; speaker line neutral",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>【精选】在铎川县铜鼓文化传承展演活动开幕式上的致辞（通用2篇）_悦白范文网</title></head>
<body><table width="960" align="center"><tr><td>
<marquee>⟦m 悦白范文网——写材料，先来悦白翻一翻⟧</marquee>
<table><tr><td>⟦m 首页⟧</td><td>⟦m 讲话致辞⟧</td><td>⟦m 开幕致辞⟧</td><td>⟦m 工作计划⟧</td></tr></table>
<div>⟦m 您的位置：悦白范文网 &gt;&gt; 讲话致辞 &gt;&gt; 开幕致辞⟧</div>
<h2>⟦t 在铎川县铜鼓文化传承展演活动开幕式上的致辞⟧</h2>
<div>⟦a 【调整字号：大 中 小】⟧ ⟦m 浏览：1426次⟧</div>
<p>县文化馆馆长　莫秀兰</p>
<p>（二〇二五年十月二十六日）</p>
{BODY}
<p>⟦l 上篇：在乡村春晚启动仪式上的讲话⟧</p>
<p>⟦l 下篇：文化志愿服务队成立大会致辞⟧</p>
<table><tr><td>⟦w 材料不会写？悦白老师一对一代笔 QQ 3305178842⟧</td></tr></table>
<div>⟦d 本站范文均来自网友投稿，仅供参考借鉴，请勿照搬照抄。⟧</div>
<div>⟦m 悦白范文网 版权所有 浙ICP备17036622号-1⟧ ⟦m 今日访问：3318 人⟧</div>
</td></tr></table></body></html>
""",
        body="""
各位来宾、各位鼓手，朋友们：
金秋十月，铜鼓声声。今天，我们在这里隆重举行铎川县铜鼓文化传承展演活动，我谨代表县文化馆，向前来参加展演的二十四支铜鼓队表示热烈欢迎！
铜鼓是我县各族群众世代相传的重要文化遗产。近年来，县里先后建成铜鼓传习所九个，培养青年鼓手三百余名。⟦w 要全文可加客服Q：2261830077⟧
这次展演，既是一次技艺的比拼，也是一次传承成果的检阅。希望各支队伍赛出水平、赛出风格，把老祖宗留下的鼓点敲得更响、传得更远。
最后，预祝本次展演活动圆满成功！
""",
    ),
    dict(
        slug="wenku-jiuxing-plan-script-game-markers",
        site="九星文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.jiuxing.example.cn/view/8c1d2f77a0.html",
        title="韶溪区剧本娱乐经营场所专项检查工作方案",
        record_title="韶溪区剧本娱乐经营场所专项检查工作方案.docx",
        date="2025-04-18",
        notes="file-name title; page markers ◁n▷ cut sentences on lines of their own; preview-end prompt; 成文日期 at the end",
        pages=dict(fmt="◁{n}▷", every=150, start=2),
        page="""
!m 九星文库 › 行业资料 › 文化旅游
{T}
!m 上传者：ylt_2281　｜　4页　｜　阅读 906　｜　下载券 3
{BODY}
!a 剩下2页未能显示，开通九星会员即可阅读全篇
!a 立即开通　　加入资料篮
!d 九星文库所有资料由用户上传，平台仅提供信息存储空间，如有侵权请联系处理。
!l 相关推荐：剧本杀门店消防安全自查表　|　密室逃脱场所安全管理制度
""",
        body="""
为加强剧本娱乐经营场所管理，保障消费者人身安全和合法权益，根据省文旅厅有关要求，结合我区实际，制定本方案。
一、检查范围
全区范围内从事剧本杀、沉浸式剧场等剧本娱乐经营活动的场所，共计三十七家。
二、检查内容
（一）剧本内容是否存在宣扬暴力、恐怖、低俗等违规情形，是否建立剧本自审制度。
（二）场所消防通道是否畅通，封闭式房间是否设置紧急呼叫装置和应急照明。
（三）是否对未成年人参与的剧本标注适龄提示，是否在法定节假日以外时段接待未成年人。
三、时间安排
4月下旬至5月上旬为自查阶段，5月中旬至6月底为集中检查阶段，7月为整改复查阶段。
四、工作要求
各检查组要如实填写检查记录，发现问题当场反馈，限期整改；拒不整改的，依法依规处理。
韶溪区文化市场综合行政执法大队
2025年4月18日
""",
    ),
    dict(
        slug="gov-panyang-notice-water-meter-index-table",
        site="磐阳市人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.panyang.example.gov.cn/zwgk/tzgg/202503/t20250312_99102.html",
        title="关于开展居民户智能水表更换工作的通告",
        record_title="关于开展居民户智能水表更换工作的通告_通知公告_磐阳市人民政府",
        date="2025-03-12",
        notes="modern portal with 索引号 table, 长者模式, site hotline beside the document's own 咨询电话; document number neutral; QR follow sentence in the body",
        page="""
<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>关于开展居民户智能水表更换工作的通告_通知公告_磐阳市人民政府</title>
<script>var _site="panyang";</script></head><body>
<header><div class="topbar">⟦a 长者模式⟧ ⟦a 无障碍浏览⟧ ⟦a 登录⟧</div>
<div class="logo">⟦m 磐阳市人民政府⟧</div>
<nav>⟦m 首页　政务公开　政务服务　互动交流　走进磐阳⟧</nav></header>
<div class="crumb">⟦m 当前所在：首页 ＞ 政务公开 ＞ 通知公告⟧</div>
<table class="xxgk"><tr><td>⟦m 索引号：11370723MB1550 /2025-00418⟧</td><td>⟦m 发布机构：磐阳市城市管理局⟧</td></tr>
<tr><td>⟦m 成文日期：2025-03-10⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr></table>
<h1>⟦t 关于开展居民户智能水表更换工作的通告⟧</h1>
<p class="docno">磐城管通〔2025〕6号</p>
<div class="TRS_Editor">
{BODY}
</div>
<div class="tools">⟦a 【打印本页】⟧ ⟦a 【关闭窗口】⟧ ⟦l 分享到：微信 微博⟧</div>
<aside><h3>⟦l 最新公开⟧</h3><ul><li>⟦l 磐阳市2025年城市道路养护计划⟧</li><li>⟦l 关于城区部分路段临时交通管制的通告⟧</li></ul></aside>
<footer><p>⟦m 主办：磐阳市人民政府办公室　承办：磐阳市大数据中心⟧</p><p>⟦m 政务服务热线：12345　网站标识码：3707230019⟧</p><p>⟦m 鲁公网安备 37072302000511号⟧</p></footer>
</body></html>
""",
        body="""
为提高供水计量精度，方便居民缴费，市城市管理局决定自2025年3月下旬起，在城区老旧小区分批开展居民户智能水表免费更换工作。现将有关事项通告如下：
一、更换范围：城区2005年以前建成的住宅小区共四十六个，涉及居民约二万一千户。
二、更换费用：水表及安装费用由供水企业承担，不向居民收取任何费用。
三、施工人员均佩戴工作证，居民可扫描工作证上的二维码核验身份，谨防假冒。
四、换表后，居民可关注“磐阳水务”公众号，绑定户号后在线查询用水量和缴纳水费。
咨询电话：0537-6612093（市供水服务中心）
磐阳市城市管理局
2025年3月12日
""",
    ),
    dict(
        slug="news-qinling-black-bear-warning-html",
        site="琴岭新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.qinlingnews.example.cn/sh/2025-08/21/content_551230.html",
        title="琴岭县多个村庄安装黑熊预警广播",
        record_title=None,
        date="2025-08-21",
        notes="no record title: found in the h1; byline's 发布时间 the page date; photo caption between paragraphs; editor line glued after the last paragraph",
        page="""
<html><head><meta charset="utf-8"><title>琴岭县多个村庄安装黑熊预警广播-琴岭新闻网</title></head><body>
<div class="top">⟦m 琴岭新闻网　琴岭县融媒体中心主办⟧ ⟦a 手机版⟧ ⟦a 下载琴岭云客户端⟧</div>
<nav>⟦m 时政　社会　乡村　文旅　视频　专题⟧</nav>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-08-21 09:42　来源：琴岭县融媒体中心　记者：罗海燕⟧</div>
<div class="content">
{BODY}
</div>
<div class="share">⟦l 分享：朋友圈 | QQ空间 | 复制链接⟧</div>
<div class="hot"><h4>⟦l 24小时热读⟧</h4><ol><li>⟦l 琴岭高山蔬菜抢“鲜”上市⟧</li><li>⟦l 县城第二水厂正式通水⟧</li></ol></div>
<footer>⟦d 本网所刊登的各种新闻、信息和专栏资料，未经许可不得转载。⟧ ⟦m 违法和不良信息举报电话：0916-3120110⟧</footer>
</body></html>
""",
        body="""
8月以来，琴岭县林区周边村庄多次发现黑熊活动痕迹。为保障群众生命财产安全，县林业局在青岗、石门等十一个村安装了黑熊预警广播。
预警广播由红外相机和喇叭组成，一旦相机在村口拍到黑熊，系统会自动播放驱离声音，并把照片推送到护林员手机上。
⟦m 图为护林员在青岗村检查预警设备。罗海燕 摄⟧
“以前晚上不敢出门，现在心里踏实多了。”青岗村村民王德山说。
县林业局提醒，群众在山林中遇到黑熊时不要靠近、不要投喂，应缓慢后退并及时拨打林业部门电话报告。⟦m （编辑：杜宁）⟧
""",
    ),
    dict(
        slug="forum-fengyuan-wild-geese-post-junk",
        site="沣源观鸟论坛 (invented)",
        style="论坛",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://bbs.fengyuanbird.example.net/thread-40213-1-1.html",
        title="关于保护沣源湖越冬大雁的倡议书",
        record_title="[倡议] 关于保护沣源湖越冬大雁的倡议书 - 湿地鸟友 - 沣源观鸟论坛",
        date="2025-11-08",
        date_also=["2025-11-09"],
        notes="forum post with floor meta, junk lines and glued junk; 成文日期 differs from the post time (also accepted)",
        junk=dict(lines=1, glued=2),
        page="""
!m 沣源观鸟论坛 » 湿地鸟友 » 查看帖子
!m 查看: 2318 | 回复: 41
!t [倡议] 关于保护沣源湖越冬大雁的倡议书
!m 楼主　灰雁老周　发表于 2025-11-09 07:16
!m 只看该作者　倒序浏览
{BODY}
!l 回复　　引用　　举报
!l 沙发　芦苇荡里的风：支持！今年数量比去年多不少
!m 本版积分规则　｜　手机版　｜　沣源观鸟论坛 Powered by Discuz! X3.5
""",
        body="""
广大市民朋友、摄影爱好者：
入冬以来，已有四千余只鸿雁、豆雁陆续飞抵沣源湖越冬。大雁对环境十分敏感，一次惊扰就可能让整群大雁离开栖息地。
为此，我们倡议：
一、观鸟拍鸟请保持一百米以上距离，不使用无人机抵近拍摄，不用声音诱拍。
二、不投喂面包、膨化食品等不适合大雁的食物。
三、发现捕猎、下网、投毒等行为，及时向湖区管理站举报。
让我们共同守护这片湖，让大雁年年都回来。
沣源市观鸟协会
2025年11月8日
""",
    ),
    dict(
        slug="blog-hanshui-yuba-workshop-notes",
        site="邗水豆香 (a blog, invented)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://hanshuidouxiang.example.blog.cn/archives/2025/06/yuba.html",
        title="回乡做腐竹的第三年：几点体会",
        record_title="回乡做腐竹的第三年：几点体会 | 邗水豆香",
        date="2025-06-14",
        notes="blog with bracketed post time as the page date, tags, archive, comment box; relative time in a comment",
        page="""
!m 邗水豆香 —— 一个腐竹作坊主的碎碎念
!m 首页 / 作坊日记 / 豆子的事 / 关于我
!t 回乡做腐竹的第三年：几点体会
!m [2025-06-14 21:08]　分类：作坊日记　阅读(388)　评论(6)
{BODY}
!l 标签：腐竹　手工作坊　返乡创业
!l « 上一篇：豆子涨价了怎么办　|　下一篇：夏天的腐竹为什么容易发酸 »
!l 6 条评论
!l 山里的豆腐西施　3天前：第三条太真实了，我们家也是这样
!l 发表评论（登录后才能评论）
!m 文章归档：2025年6月(3)　2025年5月(5)　2025年4月(4)
!d © 邗水豆香 保留所有权利 · 转载请注明出处
""",
        body="""
从城里辞职回村做腐竹，一晃三年了。今天把这几年的体会写下来，给想返乡的朋友做个参考。
第一，豆子是根本。我们只收本地黄豆，颗粒饱满、蛋白高，出皮率比外地豆高出将近一成。
第二，火候急不得。锅里的豆浆要保持八十五度上下，温度高了起皮快但容易焦，温度低了半天挑不起一张。
第三，卫生证照要先办齐。第一年我们就是因为小作坊登记证没下来，货压在仓库里卖不出去。
第四，别贪大。作坊从两口锅加到六口锅，人手和晾晒场地都得跟上，不然质量就掉下来了。
""",
    ),
    dict(
        slug="wechat-mirror-tangcheng-century-egg-html",
        site="公号集 (a WeChat mirror, invented)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.gonghaoji.example.com/a/tchsz/20250509/3381.html",
        title="棠城皮蛋拿到地理标志证明商标",
        record_title="棠城皮蛋拿到地理标志证明商标",
        date="2025-05-09",
        record_date="2025-05-09",
        notes="WeChat mirror: account card, 阅读原文/在看 row, mini-program card, follow prompt between paragraphs; record title and date",
        page="""
<html><head><meta charset="utf-8"><title>棠城皮蛋拿到地理标志证明商标 - 公号集</title></head><body>
<div class="site">⟦m 公号集 · 好文章都在这里⟧</div>
<h2 class="rich_media_title">⟦t 棠城皮蛋拿到地理标志证明商标⟧</h2>
<div class="meta">⟦m 棠城市场监管　2025-05-09 18:20　发表于湖北⟧</div>
<div id="js_content">
{BODY}
</div>
<div class="tail">⟦a 阅读原文⟧ ⟦l 阅读 2.1万　在看 86　点赞 213⟧</div>
<div class="card">⟦l 小程序 · 棠城特产商城⟧</div>
<div class="qr">⟦a 长按识别二维码，关注“棠城市场监管”⟧</div>
<div class="foot">⟦d 本页面由公号集自动抓取，内容版权归原公众号所有⟧</div>
</body></html>
""",
        body="""
近日，国家知识产权局正式核准“棠城皮蛋”地理标志证明商标注册，这是我市第三件地理标志证明商标。
棠城皮蛋制作历史已有一百多年，选用本地放养麻鸭蛋，以黄泥、稻壳、草木灰包裹腌制，蛋清透亮、松花明显。
⟦a 点击上方蓝字关注我们⟧
下一步，市市场监管局将指导棠城皮蛋协会制定使用管理规则，对符合条件的企业授权使用商标，并对冒用行为依法查处。
目前全市有皮蛋生产企业和合作社二十九家，年产皮蛋约一亿二千万枚。
""",
    ),
    dict(
        slug="docshare-yiyun-maltose-stall-rules-oneline",
        site="易云文档 (invented)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.yiyundoc.example.com/p-77201943.html",
        title="漪城古街麦芽糖摊位经营管理规定",
        record_title="漪城古街麦芽糖摊位经营管理规定（可编辑）",
        date=None,
        notes="body on one line; decorated record title; upload stamp is no date; rules speak of 扫码 as content",
        oneline=True,
        indent="　　",
        page="""
!m 易云文档 - 在线文档分享平台
!t 漪城古街麦芽糖摊位经营管理规定
!m 页数：2　上传时间：2025-07-03　文件大小：23KB
{BODY}
!a 下载此文档　　收藏　　举报
!a 温馨提示：下载前请先预览，确认无误后再付费下载
!l 你可能还喜欢：古街夜市摊位管理办法　非遗手作体验区经营须知
""",
        body="""
第一条　为规范古街麦芽糖摊位经营秩序，传承传统手工技艺，制定本规定。
第二条　摊位经营者应持有食品摊贩登记卡，并在摊位醒目位置亮证经营。
第三条　熬糖应使用统一配发的燃气灶具，严禁使用明火柴灶，每日收摊后关闭气源。
第四条　摊位须张贴统一的收款二维码，顾客扫码付款，不得使用私人收款码。
第五条　本规定自发布之日起施行，由古街管理办公室负责解释。
""",
    ),
    dict(
        slug="edu-youxi-notice-winter-melon-labor-html",
        site="岫川县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jyj.xiuchuan.example.gov.cn/tzgg/2025/0905/1204.html",
        title="关于组织中小学生参加冬瓜采收劳动实践的通知",
        record_title="关于组织中小学生参加冬瓜采收劳动实践的通知-岫川县教育局",
        date="2025-09-05",
        notes="education portal: a schedule table (one row a paragraph, cells by ideographic spaces), 附件 list, the document's 联系人 beside the site's technical line",
        page="""
<html><head><meta charset="utf-8"><title>关于组织中小学生参加冬瓜采收劳动实践的通知-岫川县教育局</title></head><body>
<div class="hd">⟦m 岫川县教育局⟧ ⟦m 岫川教育·立德树人⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 教育动态⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 招生考试⟧</li></ul>
<h1>⟦t 关于组织中小学生参加冬瓜采收劳动实践的通知⟧</h1>
<p class="info">⟦m 作者：基础教育股　点击数：612　更新时间：2025-09-05⟧</p>
{BODY}
<div class="tool">⟦a 【加入收藏】⟧ ⟦a 【打印此文】⟧</div>
<div class="foot">⟦m 网站技术支持：岫川县教育信息中心 0744-5231006⟧ ⟦m 湘ICP备19004511号⟧</div>
</body></html>
""",
        body="""
各中小学校：
为落实劳动教育要求，经研究，决定组织部分学校学生到县冬瓜种植示范基地参加采收劳动实践。现将有关事项通知如下：
一、活动安排
学校　年级　时间　人数
城关二小　五年级　9月16日上午　120人
岫川三中　七年级　9月17日上午　180人
白沙中心校　六年级　9月18日上午　65人
二、有关要求
各校要提前开展安全教育，学生统一穿长袖衣裤、戴草帽，每二十名学生至少配备一名带队教师。
附件：1.劳动实践安全责任书
2.学生参加劳动实践情况统计表
联系人：唐丽，电话：0744-5230217
岫川县教育局
2025年9月5日
""",
    ),
    dict(
        slug="oa-luxi-okra-coop-minutes",
        site="蒗溪农业发展集团OA (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="report",
        form="text",
        source="http://oa.lxny.example.local/doc/view?id=20250722-0031",
        title="秋葵订单种植推进会会议纪要",
        record_title=None,
        date="2025-07-22",
        notes="intranet export: 流转记录 and read counts, minutes' 时间/地点/主持/参会/记录 lines kept; title missing from the record",
        page="""
!m 蒗溪农业发展集团协同办公平台
!m 公文管理 > 会议纪要 > 查看
{T}
!m 拟稿：种植事业部 周琪　审核：王振　签发：李国庆　阅读 87 次
{BODY}
!m 流转记录：2025-07-22 16:10 周琪 提交 → 2025-07-23 08:31 王振 审核通过 → 2025-07-23 09:05 李国庆 签发
!a 导出PDF　｜　转发　｜　返回列表
!d 内部资料，注意保密，严禁外传
""",
        body="""
时间：2025年7月22日下午
地点：集团三楼会议室
主持：李国庆
参会：种植事业部、采购部、冷链物流公司负责人及各合作社代表
记录：周琪
会议听取了秋葵订单种植进展情况汇报，研究了下一步工作。纪要如下：
一、今年全集团秋葵订单种植面积三千二百亩，目前已进入盛果期，日采收量约四十吨。
二、采购部要按合同价及时收购，不得压级压价，货款在交货后七日内结清。
三、冷链物流公司要增加两台冷藏车，确保采收后四小时内进入预冷库。
""",
    ),
    dict(
        slug="qa-zhixia-cordyceps-digging-permit",
        site="知夏问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.zhixiawenda.example.com/q/5528173.html",
        title="外地人去榕坪县挖虫草需要办什么手续？",
        record_title="外地人去榕坪县挖虫草需要办什么手续？ - 知夏问答",
        date="2025-04-27",
        notes="Q&A: asker meta, an answer's 回答于 as the page date, vote bar, related questions",
        page="""
!m 知夏问答 | 有问题，问知夏
!t 外地人去榕坪县挖虫草需要办什么手续？
!m 提问者：高原小马　浏览 1.3万
!m 最佳回答　卓玛措　回答于 2025-04-27
{BODY}
!l 赞同 92　　反对 3　　评论 14
!l 相关问题：虫草季上山要带哪些药品？　挖虫草的收入能有多少？
!w 有法律问题？点此免费咨询在线律师
!m 知夏问答 © 2025　京ICP证150883号
""",
        body="""
我就是榕坪本地人，说一下今年的情况。
外地人进山采挖虫草，需要先到县草原站办理采集证，带身份证和所在乡镇出具的务工证明，每证收取资源管理费八百元。
采挖季一般在5月初到6月中旬，具体以县里发布的通告为准，不在规定时间和区域内采挖的，会被没收工具和虫草。
另外，进山前最好在乡卫生院做个体检，海拔四千米以上，有心脏病和高血压的千万别去。
""",
    ),
    dict(
        slug="collection-weiping-essay-transmitter-station",
        site="渭坪文存 (a personal collection, invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://www.weipingwencun.example.net/juan2/047.html",
        title="山顶发射台的三十个春节",
        record_title="《渭坪文存》卷二·第47篇｜山顶发射台的三十个春节",
        date=None,
        notes="collection reader: chapter nav, title repeated, hard wrap at 62 columns; years inside sentences are no date",
        wrap=62,
        indent="　　",
        page="""
!m 渭坪文存 · 一个老广播人的文字
!m 目录 | 卷一 | 卷二 | 卷三
!t 卷二·第47篇　山顶发射台的三十个春节
{BODY}
!l ← 第46篇　老式电子管　|　第48篇　雪夜抢修 →
!a 字号 A- A A+　　夜间模式
!d 文集内容为作者原创，转载请先联系作者。
""",
        body="""
1986年冬天，我背着铺盖卷上了磐石山，成了县电视发射台的一名值机员。那一年我二十岁，山上没有自来水，吃水要到半山腰去挑。
发射台的规矩是，节假日必须有人值守，越是过年越不能出岔子。全县几万户人家等着看春节联欢晚会，信号断一分钟，台里的电话就会被打爆。
三十个除夕，我有二十六个是在机房里过的。妻子带着孩子上山陪我吃过几回年夜饭，饺子端上桌时，窗外的铁塔上结满了冰凌。
如今发射台早已实现无人值守，我也退休下了山。可每到除夕夜，我还是习惯在九点多看一眼电视，看看信号好不好。
""",
    ),
    dict(
        slug="dangjian-shaoxi-lecture-bronze-drum-village",
        site="韶溪党建网 (invented)",
        style="党建网",
        genre="党课讲稿",
        kind="speech",
        form="html",
        source="https://www.sxdj.example.gov.cn/djkt/2025/0701/3012.html",
        title="敲响铜鼓　凝聚民心——在坡头村党支部七一专题党课上的讲稿",
        record_title="【专题党课】敲响铜鼓　凝聚民心——在坡头村党支部七一专题党课上的讲稿_韶溪党建网",
        date="2025-07-01",
        notes="Party-building page: date under the speech title, speaker line neutral, related list, 学习强国-like study link glued after a sentence",
        page="""
<html><head><meta charset="utf-8"><title>【专题党课】敲响铜鼓　凝聚民心——在坡头村党支部七一专题党课上的讲稿_韶溪党建网</title></head><body>
<div class="banner">⟦m 韶溪党建网⟧ ⟦m 不忘初心　牢记使命⟧</div>
<div class="nav">⟦m 首页 | 组织建设 | 党员教育 | 党课讲堂 | 基层风采⟧</div>
<div class="pos">⟦m 位置：首页 > 党课讲堂⟧</div>
<h1>⟦t 敲响铜鼓　凝聚民心——在坡头村党支部七一专题党课上的讲稿⟧</h1>
<p class="author">坡头村党支部书记　韦国强</p>
<p class="date">（2025年7月1日）</p>
<div class="article">
{BODY}
</div>
<div class="related"><b>⟦l 相关党课⟧</b><p>⟦l 把支部建在产业链上⟧</p><p>⟦l 一名老党员的入党故事⟧</p></div>
<div class="foot">⟦m 中共韶溪县委组织部主办⟧ ⟦m 地址：韶溪县人民路1号⟧ ⟦d 版权所有 未经授权禁止转载⟧</div>
</body></html>
""",
        body="""
同志们：
今天是党的生日，我想和大家讲讲我们村的铜鼓队。
十年前，村里的铜鼓锁在祠堂里，会敲的老人一个个走了，年轻人都外出打工。支部商量后，决定由党员带头学鼓，把铜鼓队重新拉起来。⟦a 点击进入“韶溪e学”学习专区⟧
现在，铜鼓队有队员四十二人，其中党员十一人。逢年过节敲鼓，村里的事就在鼓声里商量，修路、建水池都是在鼓场上定下来的。
我想说的是，支部要凝聚人心，就要找到群众喜欢、愿意参加的载体。铜鼓是老祖宗留下的，也是我们团结群众的一面旗。
""",
    ),
]
