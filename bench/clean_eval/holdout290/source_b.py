"""holdout290, part B: blogs, WeChat mirrors, document-sharing sites, education portals, intranets.

Every page, site, place, person, number and URL here is invented; each case written by hand.
"""

CASES = [
    dict(
        slug="blog-xiepingbi-essay-bamboo-curing-rack",
        site="绁坪闲笔 (invented, WordPress-like blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="html",
        source="https://xiepingxianbi.cn/2024/01/19/zhu-la-rou-jia/",
        title="阳台上那副竹腊肉架",
        record_title="阳台上那副竹腊肉架 – 绁坪闲笔",
        date="2024-01-19",
        notes="blog with a calendar widget, archive, tag cloud and comment form; the 发表于 line is the page's date; a tip-jar line glued after the last sentence",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>阳台上那副竹腊肉架 – 绁坪闲笔</title>
<link rel="stylesheet" href="/wp-content/themes/twentyblue/style.css">
<script src="/wp-includes/js/wp-emoji-release.min.js"></script>
</head><body class="single">
<header><p class="site-title">⟦m 绁坪闲笔⟧</p><p class="site-description">⟦m 小镇上的一支秃笔⟧</p>
<nav>⟦m 首页　随笔　旧事　关于本站⟧</nav></header>
<main><article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 发表于 2024年1月19日　作者：老沃　分类：旧事⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：腊肉 年味 竹器⟧</footer>
</article>
<nav class="post-navigation">⟦l ← 前一篇 冬至那碗汤圆⟧ ⟦l 后一篇 小镇理发铺的镜子 →⟧</nav>
<section id="comments"><h3>⟦l 《阳台上那副竹腊肉架》有4条留言⟧</h3>
<p>⟦l 衩河人：我家也有一副，三十年了⟧</p>
<form>⟦a 留下你的看法（邮箱不会公开）⟧<textarea></textarea><button>⟦a 提交留言⟧</button></form></section>
</main>
<aside><section>⟦l 2024年一月 日 一 二 三 四 五 六⟧</section>
<section><h4>⟦l 往期文章⟧</h4><ul><li>⟦l 2023年十二月⟧</li><li>⟦l 2023年十一月⟧</li></ul></section>
<section><h4>⟦l 标签云⟧</h4><p>⟦l 旧事 年味 小镇 手艺 读书⟧</p></section></aside>
<footer class="site-footer">⟦m 绁坪闲笔 © 2024 · 自豪地采用 WordPress⟧</footer>
</body></html>
""",
        body="""
每年进了腊月，父亲就要把那副竹腊肉架从柴房里搬出来，擦洗干净，架到阳台上。
架子是爷爷那辈人做的，四根毛竹作腿，上面横着三根竹竿，竹竿上钉着铁钩。竹子早就晒成了深褐色，摸上去油亮油亮的。
父亲挂腊肉很讲究：肥的挂上层，瘦的挂下层，每块之间隔一拳宽，好让风穿过去。天晴时架子推到太阳底下，下雨前再拖回屋檐下。
后来楼下装了不锈钢晾衣架，邻居劝他换掉，他总说竹子透气，挂出来的肉香。
今年父亲腿脚不便，架子是我搬的。竹竿有一根裂了，我用铁丝缠了两圈，又能用一年。⟦a 喜欢就请我喝杯茶吧（赞赏）⟧
""",
    ),
    dict(
        slug="blog-xiaoman-diary-word-placemats-wrapped",
        site="小满的缝纫角 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="https://xiaoman-feng.blog.cn/post/1173",
        title="给孩子做了一套认字餐垫",
        record_title="【针线日常】给孩子做了一套认字餐垫 | 小满的缝纫角",
        date=None,
        notes="blog post hard-wrapped at 64 columns; 2 天前 is no date; comments and a tag row below",
        page="""
!m 小满的缝纫角 · 针线和孩子的日常
!m 首页 / 手作日记 / 正文
{T}
!m 小满　2 天前　阅读 388　｜　手作日记
{BODY}
!l 标签：餐垫　布艺　亲子
!l 评论 3 条　›　糖糖妈：求图纸！
!a 点个爱心　　转给朋友　　订阅本博
!m Powered by 布丁博客 · 备案号 闽ICP备22031407号
""",
        wrap=64,
        gap=True,
        body="""
女儿快四岁了，吃饭总爱东张西望。上个月我翻出几块旧床单，给她做了一套认字餐垫，一共七张，一周每天换一张。
每张餐垫上绣一个字和一幅小画：周一是“米”，配一碗米饭；周二是“鱼”，配一条小鱼。字用红线绣，画用彩线绣，背面缝了一层防水布，汤洒了一擦就干净。
没想到效果挺好。她每天一坐下就先认垫子上的字，认对了才开吃，饭也吃得专心了。
做餐垫的时候要注意两点：边角一定要包边，免得毛边刮手；绣线要选不掉色的，洗几次也不花。
""",
    ),
    dict(
        slug="wechat-jianshui-cdc-food-cover-h1",
        site="微存阁 (invented WeChat mirror)",
        style="公众号镜像",
        genre="科普",
        kind="news",
        form="html",
        source="https://www.weicunge.com/a/jianshui-cdc/2024062188.html",
        title="夏天剩菜罩上菜罩就放心了？这几件事要知道",
        record_title=None,
        date="2024-06-21",
        notes="no title in the record: the <h1>; the account line's date is the page's date; a follow prompt glued before the first words; 阅读原文/在看 rows and a QR line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>⟦m 微存阁 - 公众号文章备份⟧</title>
<meta name="referrer" content="no-referrer">
<script>var biz="MzA5NDY2OTQ3Mg==";</script>
</head><body>
<div class="topbar">⟦m 微存阁｜公众号好文随时翻⟧ <a>⟦a 回到列表⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="meta">⟦m 原创　裥水疾控　2024-06-21 17:30　发表于裥水⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="tool">⟦a 阅读原文⟧ ⟦a 赞 2.1万⟧ ⟦a 在看 87⟧ ⟦a 写留言⟧</div>
<div class="qr">⟦a 长按识别二维码，关注裥水疾控⟧</div>
</div>
<div class="mirror">⟦d 本页为公众号文章的存档副本，版权归原公众号所有⟧<br>⟦l 同一公众号的其他文章：汛期饮水安全提示 ｜ 蚊虫叮咬怎么办⟧</div>
<footer>⟦m 微存阁 weicunge.com　沪ICP备23015574号⟧</footer>
</body></html>
""",
        body="""
⟦a 点上方蓝字“裥水疾控”关注我们⟧天热了，不少家庭习惯把吃剩的饭菜放在桌上，罩个菜罩就算完事。菜罩能挡苍蝇蚊子，可挡不住细菌。
第一，菜罩只防虫不防变质。室温超过30℃时，熟菜放两个小时细菌就会大量繁殖。剩菜晾凉后要尽快放进冰箱，不要在菜罩下过夜。
第二，菜罩本身要常洗。纱网上容易沾油积灰，最好每周用洗洁精刷一次，晒干再用。
第三，凉拌菜、卤味等不再加热的食物，更不能在菜罩下久放，吃多少做多少。
如果出现腹痛、腹泻、呕吐等症状，请及时到医院就诊。
""",
    ),
    dict(
        slug="wechat-sihu-pledge-washable-placemats",
        site="公号存档站 (invented WeChat mirror)",
        style="公众号镜像",
        genre="倡议书",
        kind="notice",
        form="text",
        source="http://gzhcd.net/sihu-shangwu/20250227/0412.html",
        title="关于在全区餐饮门店推广可洗餐垫的倡议书",
        record_title="关于在全区餐饮门店推广可洗餐垫的倡议书 | 缌湖商务 · 公号存档站",
        date="2025-02-26",
        date_also=["2025-02-27"],
        notes="a pledge whose signature date differs from the account's posting date (also accepted); sharing the pledge is content; a star prompt glued before the salutation",
        page="""
!m 公号存档站 › 缌湖商务 › 文章
{T}
!m 缌湖商务　2025年2月27日 09:00　袼阳
!a 听全文 03:12
{BODY}
!a 阅读原文　　分享　　推荐　　留言
!a 扫码关注缌湖商务，获取更多消费资讯
!d 存档站声明：本文转存自公众号，仅作备份，著作权归原作者
""",
        body="""
⟦a 别忘了把“缌湖商务”设为星标⟧全区各餐饮门店：
一次性纸餐垫和塑料桌布用一次就扔，既浪费又增加垃圾量。为推进绿色餐饮，我们向全区餐饮门店发出如下倡议：
一、逐步停用一次性塑料桌布，改用可清洗、可重复使用的布艺或硅胶餐垫；
二、餐垫做到一客一换、一餐一洗，清洗后集中消毒、晾干存放；
三、门店可在餐垫上印制“光盘行动”等提示语，引导顾客文明用餐。
倡议发出后，区商务局将对带头推广可洗餐垫的门店予以通报表扬。欢迎大家转发分享本倡议，让更多门店加入进来。
缌湖区商务局
缌湖区餐饮行业协会
2025年2月26日
""",
    ),
    dict(
        slug="docshare-cangye-report-button-boxes-warehouse",
        site="藏页分享网 (invented)",
        style="文档分享",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://www.cangye8.com/doc/4410273.html",
        title="服装厂辅料仓库保管员2024年度述职报告",
        record_title="服装厂辅料仓库保管员2024年度述职报告（下载可改）- 藏页分享网",
        date="2025-01-06",
        notes="sharing page: an upload notice, a points lock, a service WeChat; a 'members download' prompt glued after a sentence; signature date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>服装厂辅料仓库保管员2024年度述职报告（下载可改）- 藏页分享网</title>
<script src="//cdn.cangye8.com/js/doc.js"></script>
</head><body>
<div class="head">⟦m 藏页分享网｜好文档藏一页⟧ <a>⟦a 上传赚积分⟧</a> <a>⟦a 会员登录⟧</a></div>
<div class="crumb">⟦m 藏页 » 工作汇报 » 述职报告 » 文档详情⟧</div>
<div class="doc">
<h1>{T}</h1>
<p class="info">⟦m 分享者：辅料小管家　3页　浏览 1264　评分 4.7⟧</p>
<p class="notice">⟦d 本文档由网友上传分享，藏页分享网不核实内容，如涉侵权请联系平台处理⟧</p>
<div class="txt">
{BODY}
</div>
<div class="lock">⟦a 下载本文需消耗12积分，签到可领积分⟧</div>
</div>
<div class="side"><h3>⟦l 同类文档⟧</h3><ul><li>⟦l 仓库管理员年终述职（服装企业）⟧</li><li>⟦l 物料员个人工作述职报告⟧</li></ul>
<p>⟦w 文档代找代写，客服微信 cangye_kf9⟧</p></div>
<div class="foot">⟦m 藏页分享网 cangye8.com　粤ICP备20093317号⟧</div>
</body></html>
""",
        body="""
2024年，我在公司辅料仓库担任保管员，主要负责纽扣、拉链、线团等辅料的收发和保管。现将一年来的工作述职如下。
一、理清了纽扣库存。过去纽扣按进货批次堆放，找一款扣子要翻半天。今年我把库存纽扣按颜色和尺寸分装进312个透明纽扣盒，盒面贴上款号和数量，发料时间由原来的二十分钟缩短到五分钟。⟦a 开通藏页会员，整篇免积分下载⟧
二、减少了辅料损耗。每个纽扣盒都建了出入库卡，月底盘点，全年纽扣损耗率降到0.6%。
三、不足和打算。部分纽扣盒盒盖不严，搬运时有散落；明年计划换用带卡扣的纽扣盒，并试行扫码出库。
述职人：符秀兰
2025年1月6日
""",
    ),
    dict(
        slug="docshare-wenkuang-contract-template-curing-racks-doc",
        site="文筐共享 (invented)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://wenkuang.net/share/88211.html",
        title="不锈钢腊肉架买卖合同",
        record_title="不锈钢腊肉架买卖合同范本.doc",
        date=None,
        notes="file-name record title; a contract template with ×× placeholders, ＿＿ blanks and ＿＿＿＿年＿＿月＿＿日; 第N条 articles; no date",
        page="""
!m 文筐共享 — 合同协议 — 买卖合同
!t 不锈钢腊肉架买卖合同范本.doc
!m 共享人：w***9　　大小：36KB　　下载 207 次
!a 立即下载（扣2筐币）　｜　在线预览　｜　收藏
{T}
{BODY}
!a 预览到此为止，完整合同请下载查看
!l 猜你需要：设备买卖合同　农产品购销合同　简易采购合同
!d 文筐共享提醒：范本仅供参考，签约前请咨询专业人士
""",
        body="""
甲方（买方）：××腊味加工厂
乙方（卖方）：××金属制品有限公司
第一条　甲方向乙方购买食品级不锈钢腊肉架＿＿副，每副单价＿＿元，合同总价＿＿元。
第二条　腊肉架材质为304不锈钢，挂钩不少于＿＿个，须附材质检测报告。
第三条　乙方应于＿＿＿＿年＿＿月＿＿日前将货物送至甲方指定地点，并负责安装调试。
第四条　货到验收合格后＿＿日内，甲方一次性付清货款。
第五条　腊肉架自验收之日起保修一年，保修期内因质量问题损坏的，乙方免费更换。
第六条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="edu-jianshui-notice-canteen-placemats-attachments",
        site="裥水县教育局网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jyj.jianshui.gov.cn/tzgg/2024/0828/5521.html",
        title="关于做好中小学食堂餐垫配备和清洗消毒工作的通知",
        record_title="关于做好中小学食堂餐垫配备和清洗消毒工作的通知_后勤保障_裥水县教育局",
        date="2024-08-26",
        date_also=["2024-08-28"],
        notes="education portal: reading-mode links, an attachment download link beside the 附件 list, the document's contact and mailbox beside a technical-support line; 下载 as content; page date differs from 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于做好中小学食堂餐垫配备和清洗消毒工作的通知_后勤保障_裥水县教育局</title>
<script src="/static/js/jquery.js"></script>
</head><body>
<div class="top">⟦a 读屏版⟧ ⟦a 大字版⟧ ⟦a 收起动画⟧</div>
<div class="logo">⟦m 裥水县教育局⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 教育要闻⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 学校风采⟧</li></ul>
<div class="weizhi">⟦m 首页 > 通知公告 > 正文⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 2024-08-28　县教育局办公室　访问量：956⟧</div>
<div class="article">
{BODY}
</div>
<div class="down">⟦a 📎 附件1：食堂餐垫配备登记表.xlsx（点击下载）⟧</div>
<div class="links"><h4>⟦l 推荐链接⟧</h4><p>⟦l 裥水县中小学膳食管理平台⟧ ⟦l 学生资助服务专栏⟧</p></div>
<div class="foot">⟦m 网站技术支持：裥水县教育信息中心 0747-3319082⟧<br>⟦m 主办单位：裥水县教育局　湘ICP备15011249号⟧</div>
</body></html>
""",
        body="""
各中小学校：
为改善学生就餐卫生，经研究，决定秋季学期起在全县中小学食堂推行“一人一垫”分餐就餐。现将有关事项通知如下。
一、配备标准。各校按就餐学生人数的1.2倍配备可清洗餐垫，材质须为食品级硅胶或耐高温布料。
二、清洗消毒。餐垫每餐回收后须清洗，并进行热力或紫外线消毒，消毒记录保存备查。
三、报送要求。请各校下载附件1，如实填写餐垫配备情况，于9月10日前报县教育局后勤股。
联系人：甘慧敏，电话：0747-3312206，邮箱：jshqg@jsjy.edu.cn。
附件：1.食堂餐垫配备登记表
2.食堂餐垫清洗消毒记录表
裥水县教育局
2024年8月26日
""",
    ),
    dict(
        slug="edu-duoling-summary-button-box-labour-course",
        site="裰岭县教育信息网 (invented)",
        style="教育门户",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.dljyw.cn/xxdt/2025/0113/2291.html",
        title="裰岭县实验小学“小小纽扣盒”劳动课程实施总结",
        date="2025-01-10",
        notes="the record gives the title as is; signature date; a related-news line between paragraphs",
        page="""
!m 裰岭县教育信息网　｜　学校动态
!m 当前位置：首页 >> 学校动态 >> 实验小学
{T}
!m 发稿：实验小学　审核：县教育局宣传股　点击数：241
{BODY}
!a 【加入收藏】【打印文章】【返回列表】
!l 上一篇：实验小学举行冬季趣味运动会
!m Copyright 裰岭县教育局　版权所有　技术维护电话 0743-5128890
""",
        indent="\u3000\u3000",
        body="""
本学期，我校在三、四年级开设“小小纽扣盒”劳动课程，共16课时，现将实施情况总结如下。
课程分三个单元：第一单元认识纽扣，学生把家里的旧纽扣带到学校，按材质、孔数分类；第二单元钉纽扣，学会穿针、打结和钉两孔扣、四孔扣；第三单元做纽扣盒，用旧纸盒和碎布为自己做一个分格纽扣盒。
⟦l 相关阅读：实验小学劳动教育清单发布⟧
学期末，三、四年级共412名学生全部完成作品，其中38件在校园劳动成果展上展出。课后调查显示，九成以上的学生能独立钉好一颗纽扣。
下学期，我们将把课程延伸到五年级，增加“缝补衣物”单元。
裰岭县实验小学
二〇二五年一月十日
""",
    ),
    dict(
        slug="intranet-weiyi-minutes-spice-box-moulding",
        site="味易家居协同办公平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.weiyijiaju.com/doc/view?id=20241114-0087",
        title="调料盒注塑车间质量分析会会议纪要",
        date="2024-11-14",
        notes="the record gives the title as is; an OA document view with its 流转记录, read count and a mark-as-read button; the 时间 line of the minutes is the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>调料盒注塑车间质量分析会会议纪要</title>
<script src="/oa/js/flow.js"></script>
</head><body>
<div class="oa-top">⟦m 味易家居协同办公平台⟧ ⟦m 你好，蒙德海（质量部）⟧ ⟦a 退出⟧</div>
<div class="oa-menu">⟦m 待办 已办 公文 会议 通讯录⟧</div>
<div class="doc-view">
<div class="doc-head"><h2>{T}</h2>
<p>⟦m 拟稿部门：质量部　密级：内部　已读 46 人⟧</p>
<p><button>⟦a 点此确认已读⟧</button> <button>⟦a 另存PDF副本⟧</button></p></div>
<div class="doc-body">
{BODY}
</div>
<div class="flow"><h4>⟦l 流转轨迹⟧</h4>
<p>⟦l 质量部 拟稿 → 生产副总 审核 → 总经理办公室 分发⟧</p></div>
</div>
<div class="oa-foot">⟦m 内部系统 请勿外传　IT服务台分机 8066⟧</div>
</body></html>
""",
        body="""
时间：2024年11月14日下午
地点：注塑车间二楼会议室
主持：牟建业
参会：质量部、注塑车间、模具组、仓储部负责人
记录：鞠秋萍
会议分析了10月调料盒客诉情况，研究了整改措施。纪要如下：
一、10月共收到调料盒客诉27起，其中盒盖合不严14起、分格隔板开裂9起、表面有黑点4起。
二、模具组11月20日前完成四号模具的盖口修整，修整后首件送质量部检验。
三、注塑车间把保压时间由6秒调到8秒，试产500只，合格后再批量生产。
四、仓储部对库存的8600只调料盒逐箱抽检，不合格品单独隔离。
""",
    ),
    dict(
        slug="intranet-qingyan-rules-food-covers-storage-oneline",
        site="晴檐家居内网 (invented)",
        style="企业内网",
        genre="制度",
        kind="other",
        form="text",
        source="http://intra.qingyanhome.com/zhidu/cangchu/0412",
        title="成品仓库菜罩存放管理规定",
        record_title="〔仓储制度〕成品仓库菜罩存放管理规定（2025年修订版）- 晴檐内网",
        date=None,
        notes="an intranet export with the whole body on one line, articles 第N条 separated only by their indent; a rule that speaks of 扫码 and 打印; no date",
        page="""
!m 晴檐家居内网 ▸ 制度汇编 ▸ 仓储物流
{T}
!m 归口部门：仓储物流部　　查阅 318 次
!a 导出　|　打印　|　加入常用
{BODY}
!m 本页面仅限公司员工查阅　内网地址 intra.qingyanhome.com
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
第一条　为规范成品菜罩的存放，防止挤压变形和受潮发霉，制定本规定。
第二条　折叠菜罩须折叠后装箱，每箱不超过40只；罩面朝上，不得倒置。
第三条　纱网菜罩与竹编菜罩分区存放，竹编菜罩区湿度保持在65%以下。
第四条　入库时由仓管员扫码登记批次，每月打印一次库存台账交财务部核对。
第五条　堆放高度不超过六层，离墙、离地各不少于10厘米。
第六条　本规定由仓储物流部负责解释，自发布之日起执行。
""",
    ),
]
