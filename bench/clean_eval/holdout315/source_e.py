"""holdout315, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP (one HTML and one text each).

Invented text, sites, places, people and numbers; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="community-etang-notice-free-drain-plugs",
        site="羚口街道鹅塘社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://etang.lingkoujd.cn/tzgg/2025/0702/157.html",
        title="鹅塘社区关于免费领取防臭下水塞的通知",
        record_title="【社区通告栏】鹅塘社区关于免费领取防臭下水塞的通知 - 鹅塘社区网",
        date="2025-07-02",
        notes="residents' site: weather line, a grid worker's box, property repair and night lines; the "
        "community's own duty phone kept in the body; scanning to register is content; 成文日期 under the signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【社区通告栏】鹅塘社区关于免费领取防臭下水塞的通知 - 鹅塘社区网</title></head><body>
<div class="sq-top">⟦m 鹅塘社区网⟧ ⟦m 今日羚口：晴 24~33℃⟧</div>
<div class="sq-nav">⟦m 社区首页⟧ ⟦m 居务公开⟧ ⟦m 便民服务⟧ ⟦m 邻里活动⟧ ⟦m 网格管家⟧</div>
<div class="sq-loc">⟦m 您在这里：社区首页 ＞ 居务公开⟧</div>
<h2>{T}</h2>
<div class="sq-meta">⟦m 发布人：社区居委会　发布于 2025-07-02 16:45　围观 893⟧</div>
<div class="sq-body">
{BODY}
</div>
<div class="sq-grid"><h4>⟦m 我的网格员⟧</h4><p>⟦w 第三网格 吕冬梅　手机 13907956218⟧</p></div>
<div class="sq-wy">⟦m 物业报修：0795-7305800　夜间应急：0795-7305811⟧</div>
<div class="sq-foot">⟦m 鹅塘社区居委会 ｜ 地址：羚口街道鹅塘路2号⟧</div>
<script src="/js/weather.js?city=lingkou"></script>
</body></html>
""",
        body="""
各位居民：
入夏以来，不少居民反映家中厨房、卫生间返臭味。经社区与县住建局对接，鹅塘社区将为辖区居民免费发放防臭下水塞，现将有关事项通知如下：
一、领取时间：7月5日至7月6日，上午8:30—11:30。
二、领取地点：社区党群服务中心一楼大厅。
三、领取方式：每户限领2个，请携带身份证或户口本，现场扫码登记后领取；行动不便的老人可拨打社区电话，由网格员送货上门。
四、需要安装帮助的居民，可在登记时说明，也可关注“鹅塘社区”微信公众号在线预约，社区将安排志愿者上门。
社区值班电话：0795-7305126
羚口街道鹅塘社区居民委员会
2025年7月2日
""",
    ),
    dict(
        slug="community-chuwan-kids-sushi-mat-class-notice",
        site="雏湾社区网 (invented)",
        style="社区网站",
        genre="活动通知",
        kind="notice",
        form="text",
        source="http://chuwan.sqfw.net/huodong/2025/0720.html",
        title="雏湾社区“小小厨师”卷寿司亲子活动报名通知",
        record_title="雏湾社区“小小厨师”卷寿司亲子活动报名通知_睦邻活动_雏湾社区网",
        date="2025-07-20",
        notes="residents' site as text: column and site suffix in the title, a 'scan the board's code to sign up' "
        "sentence as content, weather and volunteer-hours lines around it; 成文日期 under the signature",
        page="""
!m 雏湾社区网　｜　今天 多云 27~34℃
!m 首页 / 邻里活动 / 活动报名
{T}
!m 2025-07-20　社区新时代文明实践站　已有 63 人报名
{BODY}
!a 【我要报名】【分享给邻居】
!l 往期活动：社区夏日纳凉电影周　｜　老年智能手机课堂
!m 雏湾社区居民委员会　服务热线：0793-6271150
""",
        indent="",
        body="""
各位家长：
暑假期间，雏湾社区新时代文明实践站将举办“小小厨师”卷寿司亲子活动，欢迎辖区6至12岁儿童和家长报名参加。
活动时间：7月26日（星期六）上午9:30
活动地点：社区四楼活动室
活动内容：由社区志愿者、日料厨师姚师傅示范讲解寿司帘的使用方法，亲子合作卷制蔬菜寿司。
报名方式：名额20组，请扫描社区公告栏上的二维码报名，额满为止。寿司帘和食材由社区统一准备，活动结束后寿司帘可带回家。
雏湾社区居民委员会
2025年7月20日
""",
    ),
    dict(
        slug="association-lingchuan-egg-pledge-rack-labels",
        site="聆川市禽蛋行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.lcqdxh.org.cn/xhdt/2025/0317/88.html",
        title="关于规范鲜蛋零售蛋架标识的倡议书",
        record_title="〖守信倡议〗关于规范鲜蛋零售蛋架标识的倡议书 - 聆川市禽蛋行业协会",
        date="2025-03-15",
        date_also=["2025-03-17"],
        notes="association site: member-login row, member hotline; the association's name in the header is also "
        "the signature (matched before the body); scanning a traceability code is content; 成文日期 differs from "
        "the page date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>〖守信倡议〗关于规范鲜蛋零售蛋架标识的倡议书 - 聆川市禽蛋行业协会</title></head><body>
<div class="xh-login">⟦a 会员单位登录　｜　入会申请⟧</div>
<div class="xh-head">⟦m 聆川市禽蛋行业协会⟧</div>
<div class="xh-nav">⟦m 协会首页⟧ ⟦m 协会动态⟧ ⟦m 行业资讯⟧ ⟦m 会员风采⟧ ⟦m 政策法规⟧</div>
<div class="xh-loc">⟦m 首页 » 协会动态⟧</div>
<h2>{T}</h2>
<div class="xh-info">⟦m 发布日期：2025-03-17　浏览量：402⟧</div>
<div class="xh-body">
{BODY}
</div>
<div class="xh-share">⟦l 转发此倡议：微信　朋友圈　微博⟧</div>
<div class="xh-foot">⟦m 会员服务热线：0791-8845330⟧<br>⟦m 协会秘书处地址：聆川市玫冈区农贸大道12号⟧</div>
<script src="/js/member-login.js"></script>
</body></html>
""",
        body="""
全市各鲜蛋经营单位：
近年来，部分超市、农贸市场的鲜蛋蛋架上存在品种、产地、生产日期标识不清，甚至“散蛋冒充品牌蛋”的现象，既损害消费者权益，也影响行业形象。为此，我们向全市会员单位和鲜蛋经营者倡议：
一、在蛋架醒目位置标明鲜蛋品种、产地、生产或包装日期和供货单位。
二、不同批次的鲜蛋分层摆放，不混装、不翻新日期。
三、蛋架每日整理、每周清洁，破损蛋及时下架。
四、欢迎消费者扫描蛋架上的溯源码，查询鲜蛋来源。
聆川市禽蛋行业协会
2025年3月15日
""",
    ),
    dict(
        slug="association-kitchenware-minutes-steamer-rack-standard",
        site="聆川市厨具行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="https://www.lccjxh.com/news/2025/0522/31.html",
        title="聆川市厨具行业协会第三届理事会第五次会议纪要",
        date="2025-05-20",
        notes="association page as text: the record gives the title as is; the 时间/地点/主持/出席/列席/记录 lines of "
        "minutes kept in the body, the 时间 line giving the date; a vote count; the page's posting date differs",
        date_also=["2025-05-22"],
        page="""
!m 聆川市厨具行业协会
!a 会员登录 ｜ 理事单位专区
!m 首页 > 协会动态 > 会议纪要
{T}
!m 发布：秘书处　2025-05-22　阅读 177
{BODY}
!l 上一篇：关于缴纳2025年度会费的通知
!l 下一篇：协会组织会员企业赴广东考察学习
!m 协会秘书处电话：0791-8876201　邮箱：lccjxh@126.com
""",
        indent="",
        body="""
时间：2025年5月20日上午9:00
地点：协会会议室
主持：会长 黎振邦
出席：理事18人（应到21人）
列席：监事长 阙宏
记录：秘书处 苗圃
会议审议通过了《不锈钢蒸架团体标准》编制工作方案。会议认为，目前市场上的蒸架在材质标注、承重要求、焊接工艺等方面标准不一，制定团体标准十分必要。
会议议定：由恒顺不锈钢制品厂、鸿泰厨具有限公司牵头组成起草组，8月底前形成征求意见稿，向全体会员征求意见。
表决结果：同意18票，反对0票，弃权0票。
""",
    ),
    dict(
        slug="company-anbei-news-safety-gate-title-glued",
        site="安贝童护官网 (invented)",
        style="企业官网",
        genre="企业新闻",
        kind="news",
        form="html",
        source="https://www.anbeitonghu.com/news/2025/0909.html",
        title="安贝童护推出免打孔加高型安全门栏",
        record_title="新品亮相 › 安贝童护推出免打孔加高型安全门栏 - 安贝童护官网",
        record_date="2025-09-09",
        date="2025-09-09",
        notes="company site: cookie notice, service float, 400 order line; the title repeated and glued before the "
        "lead's first words; the quality department's own phone in the body; the record gives the date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>新品亮相 › 安贝童护推出免打孔加高型安全门栏 - 安贝童护官网</title></head><body>
<div class="cookie">⟦d 本网站使用Cookie改善浏览体验，继续浏览即表示您同意⟧ <a>⟦a 我知道了⟧</a></div>
<header>⟦m 安贝童护⟧ ⟦m 守护孩子每一步⟧ ⟦m 订购热线 400-660-3917⟧</header>
<nav>⟦m 关于我们⟧ ⟦m 产品中心⟧ ⟦m 新闻资讯⟧ ⟦m 售后服务⟧</nav>
<div class="bread">⟦m 首页 › 新闻资讯 › 公司新闻⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 2025.09.09⟧</div>
<div class="news-body">
{BODY}
</div>
<div class="float-kf">⟦w 在线客服　工作日 9:00-18:00⟧</div>
<footer>⟦m © 2025 橙溪安贝童护用品有限公司　赣ICP备22001476号⟧</footer>
<script src="/assets/cookie-consent.js"></script>
<script src="/assets/kefu.js"></script>
</body></html>
""",
        body="""
⟦t 安贝童护推出免打孔加高型安全门栏⟧9月9日，橙溪安贝童护用品有限公司发布免打孔加高型安全门栏，产品高度由常规的76厘米提高到92厘米，适合家中有2至3岁、已经会攀爬的幼儿。
新款门栏采用双向压力锁和防滑硅胶垫，安装时不需要打孔，锁扣需双手同时操作才能打开，防止孩子自行开门。门框宽度75至100厘米均可安装，另配有扩展件。
公司品质部负责人介绍，新品已通过第三方机构的耐推力和锁扣耐久测试，首批产品将在本月中旬上市。
产品咨询：0793-6199821（品质部）
""",
    ),
    dict(
        slug="company-jietong-recall-drain-plug-batches",
        site="沐田洁通卫浴官网 (invented)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="http://www.jietongweiyu.cn/gonggao/1014.html",
        title="关于召回部分批次弹跳式下水塞的公告",
        record_title="关于召回部分批次弹跳式下水塞的公告 - 洁通卫浴 · 品质公告",
        date="2025-10-14",
        notes="company site as text: the recall line kept in the body next to the site's 400 order line; recalled "
        "batches one row a paragraph; checking by scanning the package's code is content",
        page="""
!m 洁通卫浴　JIETONG
!m 订购热线 400-600-8173　｜　经销商加盟
!m 首页 > 服务支持 > 品质公告
{T}
!m 发布日期：2025-10-14　　浏览：2077
{BODY}
!l 相关链接：产品防伪查询　｜　安装视频教程　｜　售后网点
!d 本网站图片及文字版权归洁通卫浴所有，未经许可不得转载
!m 沐田洁通卫浴有限公司　赣ICP备19005232号
""",
        indent="\u3000\u3000",
        body="""
尊敬的用户：
经内部质量抽检发现，我公司2025年6月至7月生产的部分弹跳式下水塞，因弹簧材质不合格，使用一段时间后可能出现弹跳芯卡死、无法复位的情况。为保障用户权益，公司决定主动召回以下批次产品：
型号　生产批号　数量
JT-305　20250612　4200个
JT-305　20250703　3800个
JT-308　20250715　2600个
用户可查看包装盒侧面的生产批号，或扫描产品包装上的二维码查询是否在召回范围内。召回产品免费更换新品，并由售后人员上门安装。
召回专线：0795-7338120
沐田洁通卫浴有限公司
2025年10月14日
""",
    ),
    dict(
        slug="training-weidao-brochure-sushi-mat-course",
        site="聆川味道烹饪培训 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.lcweidao.com/kecheng/shousi.html",
        title="寿司制作体验班招生简章",
        record_title="寿司制作体验班招生简章【大人小孩同班】_聆川味道烹饪培训",
        date=None,
        notes="training school: promo banner, consult float; the course's own 报名电话 kept next to the school's "
        "400 line; a numbered course list; a brochure has no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>寿司制作体验班招生简章【大人小孩同班】_聆川味道烹饪培训</title></head><body>
<div class="promo">⟦a 秋季报名季：两人同行第二人半价，点击抢名额⟧</div>
<div class="px-head">⟦m 聆川味道烹饪培训⟧ ⟦m 全国招生热线 400-870-6621⟧</div>
<div class="px-nav">⟦m 首页⟧ ⟦m 热门课程⟧ ⟦m 师资力量⟧ ⟦m 学员作品⟧ ⟦m 来校路线⟧</div>
<div class="px-loc">⟦m 首页 ＞ 热门课程 ＞ 日料西点⟧</div>
<h1>{T}</h1>
<div class="px-body">
{BODY}
</div>
<div class="px-kf">⟦w 课程顾问在线，点我免费试听⟧</div>
<div class="px-rel">⟦l 你可能也想学：烘焙入门班　｜　家常面点班　｜　咖啡拉花班⟧</div>
<div class="px-foot">⟦m 聆川味道烹饪职业培训学校　办学许可证号：教民1361002000xxxx号⟧</div>
<script src="//px.lcweidao.com/js/zixun.js"></script>
</body></html>
""",
        body="""
课程介绍：本课程面向零基础学员，用两个周末共四次课，学会寿司醋饭调制、寿司帘卷制手法和常见寿司的切配摆盘。
课程内容：
1.认识寿司帘：竹制帘与硅胶帘的区别、包膜方法和清洗晾晒。
2.细卷与太卷：用寿司帘卷出紧实不散的细卷和太卷。
3.反卷与花式寿司：米饭朝外的反卷、加州卷等。
4.结业作品：每位学员独立完成一份寿司拼盘。
上课地点：聆川市玫冈区枚岗路66号三楼
学费：980元，含全部食材和一张竹制寿司帘。
报名电话：0791-8852316（邵老师）
""",
    ),
    dict(
        slug="training-xindongchu-diary-steamer-rack",
        site="翌阳新东厨烹饪学校 (invented)",
        style="培训机构",
        genre="学员日记",
        kind="other",
        form="text",
        source="http://www.xindongchu-yy.com/xueyuan/riji/0412.html",
        title="中式面点班第三周：学会用好一只蒸架",
        record_title="〔学厨手记〕中式面点班第三周：学会用好一只蒸架 | 翌阳新东厨烹饪学校",
        date=None,
        notes="training school page as text: a trainee's diary with no date; enrol prompt, consult line and "
        "course links around it",
        page="""
!m 翌阳新东厨烹饪学校　学技术 好就业
!m 首页 ＞ 学员风采 ＞ 学员日记
!t 〔学厨手记〕中式面点班第三周：学会用好一只蒸架
!m 作者：面点班 学员小陶　　浏览：318
{BODY}
!a 想和小陶一样学面点？立即预约到校参观
!w 招生老师微信：xdc_yy2025
!l 更多学员日记：第一周，我连面都揉不好　｜　结业那天，我蒸了一百个包子
!m 翌阳新东厨烹饪学校　校址：翌阳县工业园纬二路8号
""",
        indent="\u3000\u3000",
        body="""
这周老师开始教蒸制面点。第一天我蒸的花卷底部全是水，老师过来一看，说问题出在蒸架上：我把蒸架直接放进锅里，水开以后水面几乎贴着蒸架，花卷底下全泡了水汽。
老师让我们记住三条：一是蒸架离水面至少留出三指；二是蒸架上先铺湿屉布或硅油纸，生坯之间留出一指宽，给面团长个的空间；三是关火后不要马上揭盖，焖三分钟再拿蒸架，花卷才不会回缩。
周四考核，我蒸的一笼花卷终于个个挺立。下周学包子，我还要继续和这只蒸架较劲。
""",
    ),
    dict(
        slug="writingapp-miaobi-host-script-safety-gate-launch",
        site="妙笔范文App 分享页 (invented)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="html",
        source="https://h5.miaobifanwen.com/share/art/5590127",
        title="“安全门栏进万家”公益活动启动仪式主持词",
        record_title="“安全门栏进万家”公益活动启动仪式主持词（流程完整·可直接用）· 妙笔范文App",
        date=None,
        notes="writing app's H5 share: open-app mask, a fold line between paragraphs, an AI-rewrite button glued "
        "after a 。; a host script with stage directions; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>“安全门栏进万家”公益活动启动仪式主持词（流程完整·可直接用）· 妙笔范文App</title></head><body>
<div class="mask">⟦a 打开妙笔范文App，复制整篇不限字数⟧</div>
<div class="app-head">⟦m 妙笔范文⟧ ⟦m 会议发言·主持串词·活动方案⟧</div>
<h1>{T}</h1>
<div class="app-meta">⟦m 收录于「主持词」合集　2.6万人看过⟧</div>
<div class="app-body">
{BODY}
</div>
<div class="app-bar">⟦a 一键复制　导出Word　收藏⟧</div>
<div class="app-rel">⟦l 猜你想写：公益捐赠仪式主持词　｜　志愿服务启动仪式领导讲话⟧</div>
<div class="app-foot">⟦m 妙笔范文 · 写材料更轻松⟧</div>
<script>window.__SHARE__={aid:5590127,open:"miaobi://art/5590127"};</script>
</body></html>
""",
        body="""
尊敬的各位领导、各位家长朋友们：
大家上午好！欢迎来到“安全门栏进万家”公益活动启动仪式现场。
孩子的安全，牵动着每一个家庭的心。今年，县妇联、县卫健局联合爱心企业，将为全县500户困难家庭免费安装婴幼儿安全门栏。⟦a AI帮你换一种说法⟧
首先，有请县妇联主席致辞。
（致辞）
⟦a 全文已折叠，打开App查看剩余流程⟧
感谢主席的讲话。下面，有请爱心企业代表介绍捐赠的安全门栏。
（介绍）
接下来，请领导和家长代表共同按下启动按钮！
今天的启动仪式到此结束，志愿者们将随后出发，为第一批家庭上门安装。谢谢大家！
""",
    ),
    dict(
        slug="writingapp-xiezuomao-summary-egg-rack-workshop",
        site="写作猫App 分享页 (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://m.xiezuomao.cn/s/zj/660218",
        title="2024年度蛋品分拣车间蛋架管理工作总结",
        record_title="2024年度蛋品分拣车间蛋架管理工作总结（车间通用）| 写作猫",
        date="2025-01-10",
        notes="writing app share page as text: open-app prompt, member line between paragraphs, AI and copy "
        "buttons; 成文日期 under the signature",
        page="""
!a 在写作猫App中打开，阅读更流畅
!m 写作猫 · 工作总结
{T}
!m 写作猫精选　　1.1万阅读　　收藏 230
{BODY}
!a 【AI续写】【一键换风格】【复制全文】
!l 相关范文：2024年度生产车间安全工作总结　｜　蛋品加工企业年终总结
!d 范文仅供参考，请结合本单位实际修改使用
""",
        indent="\u3000\u3000",
        body="""
2024年，分拣车间围绕“减少破损、保证洁净”的目标，加强蛋架管理，全年鲜蛋破损率由1.8%下降到1.1%。现将主要工作总结如下。
一、建立蛋架台账。对车间420个蛋架逐一编号，建立领用、清洗、维修台账，做到账物相符。
⟦a 开通写作猫会员，可查看本文剩余段落⟧
二、落实清洗制度。蛋架每班次使用后送清洗间高压冲洗，每周集中消毒一次，全年未发生因蛋架不洁导致的质量投诉。
三、及时维修更新。全年维修变形蛋架65个，报废更新蛋架48个。
不足之处是夜班蛋架归位不及时，2025年将把蛋架归位情况纳入班组考核。
禾丰蛋业分拣车间
2025年1月10日
""",
    ),
]
