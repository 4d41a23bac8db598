"""holdout78, part E: a copperware association's minutes, a mattress maker's news, a sewing
class, a rose farm's summary in a writing app, a bayberry-festival speech on an exam forum, an
encyclopaedia's 函 entry with a pomelo example, a mango co-op's report on a NAS share, a lavender
farm in a text cache, a rapeseed-flower festival's print view, a postcard society's mailed
newsletter, a county curling hall's notice and a pressed-flower club's plan on a 范文 site.
Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="assoc-tongqi-copperware-council-minutes",
        site="榆坪市铜器行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.ypcopper.example.org.cn/xhgg/2025/1112/63.html",
        title="榆坪市铜器行业协会二届五次理事会会议纪要",
        record_title="【协会公告】榆坪市铜器行业协会二届五次理事会会议纪要",
        date="2025-11-10",
        date_also=["2025-11-12"],
        notes="association site text: minutes' 时间/地点/主持/出席/列席/记录 lines and a vote count kept; the posting date differs from the meeting date (meeting date expected, posting date also accepted); member-login and copyright chrome",
        page="""
!m 榆坪市铜器行业协会　传承铜艺 匠心铸造
!a 会员登录 | 入会申请 | 联系我们
!m 协会公告　>　正文
{T}
!m 2025-11-12　秘书处　浏览：271
{BODY}
!d ©榆坪市铜器行业协会　未经许可不得转载本站内容
!m 秘书处地址：榆坪市铜匠街16号　电话：0359-2016 881
""",
        body="""
时间：2025年11月10日下午3时
地点：协会会议室
主持：会长　秦铸
出席：理事十九人（应到二十一人）
列席：监事会成员、秘书处工作人员
记录：邬晓
会议审议通过了以下事项：
一、通过《铜器产品质量团体标准（征求意见稿）》，同意面向会员单位征求意见，表决结果：同意十九票，反对零票，弃权零票。
二、同意吸收榆坪红铜工艺厂等四家企业为新会员。
三、决定于明年3月组团参加全国工艺美术博览会，由秘书处负责筹备。
""",
    ),
    dict(
        slug="corp-html-anmian-mattress-news",
        site="安眠家居官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.anmian-home.example.com/news/company/2025-0620.html",
        title="安眠家居床垫智能工厂正式投产",
        record_title="安眠家居床垫智能工厂正式投产 - 新闻中心 - 安眠家居",
        date="2025-06-20",
        notes="company site: modern template with mega-menu, a product banner between paragraphs, store-locator and online-shop links, share bar; date line under the title",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>安眠家居床垫智能工厂正式投产 - 新闻中心 - 安眠家居</title>
<script async src="/assets/track.js"></script></head><body>
<header>⟦m 安眠家居 ANMIAN HOME⟧ <nav>⟦m 产品中心 睡眠科学 门店查询 新闻中心 加入我们⟧</nav> ⟦a 官方商城⟧</header>
<section class="news"><div class="crumbs">⟦m 首页 ＞ 新闻中心 ＞ 公司新闻⟧</div>
<h1>{T}</h1>
<p class="date">⟦m 2025.06.20　浏览量 918⟧</p>
{BODY}
<div class="share">⟦l 分享至：微信 微博 复制链接⟧</div>
<div class="pager">⟦l ← 上一条：安眠家居荣获省级绿色工厂称号　下一条：618睡眠节活动圆满收官 →⟧</div></section>
<footer>⟦m 全国服务热线 400-6600-8877⟧ ⟦d © 2025 安眠家居股份有限公司 版权所有⟧ ⟦m 闽ICP备20017763号-1⟧</footer>
</body></html>
""",
        body="""
6月20日，安眠家居床垫智能工厂在楝川经济开发区正式投产，项目总投资六亿元，年产各类床垫一百二十万张。
新工厂引进自动绗缝、独立弹簧袋装、机器人包装等生产线，从原料到成品的关键工序实现自动化，生产效率比老厂提高百分之四十。
⟦l 【新品】天然乳胶独袋弹簧床垫 限时体验价 点击了解⟧
工厂还建设了睡眠检测实验室，每批次产品都要经过压缩回弹、耐久性和阻燃性能检测。
公司董事长表示，新工厂投产后，公司将加快布局中西部市场，三年内新开门店三百家。
""",
    ),
    dict(
        slug="training-text-feng-sewing-class-plan",
        site="巧手职业技能培训学校 (invented)",
        style="培训机构",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.qiaoshou-px.example.com/news/88.html",
        title="2025年下半年缝纫工职业技能培训实施方案",
        record_title="2025年下半年缝纫工职业技能培训实施方案_巧手职业技能培训学校",
        date="2025-07-10",
        notes="training school text: enrolment ad and a giveaway line glued after sentences; the school's own 报名电话 beside a 400 line; a course table; decimal-like numbered list; date under the signature",
        page="""
!m 巧手职业技能培训学校　人社部门认定培训机构
!m 首页　|　培训项目　|　学员就业　|　在线报名
{T}
!m 发布：教务处　时间：2025-07-10
{BODY}
!w 全国统一咨询热线 400-1186-7878 · 包教包会 推荐就业
!l 热门课程：育婴员 | 中式面点师 | 电工 | 养老护理员
""",
        body="""
为帮助农村转移劳动力和城镇失业人员提升就业技能，根据县人社局下达的培训计划，制定本方案。
一、培训对象和规模：十八至五十五周岁有就业愿望的城乡劳动者，共三期，每期四十人。⟦a 名额有限，点击立即抢报！⟧
二、培训内容
模块　课时
缝纫机操作与保养　24
裁剪基础　20
服装缝制工艺　48
质量检验与安全生产　8
三、培训方式：理论与实操相结合，实操课时不少于总课时的百分之七十。
四、补贴政策：取得职业技能等级证书的学员，按规定享受培训补贴。⟦a 报名就送工具包一套⟧
报名电话：0792-5530 1646
巧手职业技能培训学校
2025年7月10日
""",
    ),
    dict(
        slug="fanwenapp-html-meigui-rose-farm-summary",
        site="文秘通APP (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://share.wenmitong.example.com/s/rose-2025-9a1f",
        title="玫瑰种植基地2025年工作总结",
        record_title="玫瑰种植基地2025年工作总结｜文秘通",
        date="2025-12-22",
        notes="writing-app share page (HTML): open-in-app banner, a blurred-tail unlock prompt, an AI-rewrite button; decorated record title; date under the signature",
        page="""
<html><head><meta name="viewport" content="width=device-width"><title>玫瑰种植基地2025年工作总结｜文秘通</title></head><body>
<div class="open-app">⟦a 打开文秘通APP，免费查看全文 ›⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 文秘通 · 工作总结 · 收藏 2.1万⟧</div>
{BODY}
<div class="tail">⟦a 余下内容已折叠，开通会员解锁全文⟧</div>
<div class="ai">⟦a AI改写 · 一键换成我的单位⟧</div>
<div class="share-from">⟦m 分享自文秘通用户“苓苓”⟧</div>
</body></html>
""",
        body="""
2025年，基地围绕“扩规模、提品质、延链条”的目标，各项工作取得明显成效。
一是种植规模稳步扩大。新发展食用玫瑰三百亩，基地总面积达到一千二百亩，带动周边农户二百余户。
二是产品品质持续提升。推行有机种植，全年未使用化学农药，鲜花花冠完整率提高到百分之九十五。
三是加工链条不断延伸。新建玫瑰花酱和玫瑰纯露生产线，鲜花就地转化率达到百分之六十。
四是农旅融合初见成效。举办玫瑰花海开放日，接待游客五万人次。
明年，基地将申报绿色食品认证，开发玫瑰鲜花饼等新产品，进一步提高产品附加值。
菖原玫瑰种植基地
2025年12月22日
""",
    ),
    dict(
        slug="gkforum-html-yangmei-festival-speech",
        site="申论家园 (invented)",
        style="公考论坛",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.shenlunjy.example.com/thread-66017-1-1.html",
        title="在首届杨梅文化旅游节开幕式上的致辞",
        record_title="【面试素材】在首届杨梅文化旅游节开幕式上的致辞（附点评）",
        date="2025-06-08",
        notes="exam forum (HTML): decorated record title; a speaker line and date line under the title neutral (the speech date); floors with 点评; a hidden-reply prompt; the poster's time differs but the speech date is expected",
        page="""
<html><head><meta charset="utf-8"><title>【面试素材】在首届杨梅文化旅游节开幕式上的致辞（附点评）-申论家园</title></head><body>
<div class="hd">⟦m 申论家园 — 公考人的学习社区⟧ ⟦a 签到 登录 注册⟧</div>
<div class="crumb">⟦m 申论家园 › 面试交流 › 素材分享⟧</div>
<div class="post"><div class="pmeta">⟦m 楼主 岸边的小舟 发表于 2025-6-15 22:08⟧</div>
<h1>{T}</h1>
<div>蒲湾县副县长　柯宁</div>
<div>（2025年6月8日）</div>
{BODY}
<div class="lock">⟦a 【点评全文】本帖隐藏内容，回复后可见⟧</div></div>
<div class="floor">⟦l 2楼 考公必上岸 开头的欢迎词可以背下来⟧</div>
<div class="floor">⟦l 3楼 面试冲冲冲 结构清楚，感谢分享⟧</div>
<div class="ft">⟦m 申论家园 Powered by Discuz!⟧</div>
</body></html>
""",
        body="""
尊敬的各位来宾，朋友们：
在这杨梅红透、满山飘香的时节，我们相聚在这里，隆重举办首届杨梅文化旅游节。我谨代表县委、县政府，向远道而来的各位嘉宾表示热烈的欢迎！
蒲湾种植杨梅已有一千多年历史，全县杨梅面积达到八万亩，年产量四万吨，杨梅产业已经成为群众增收致富的重要产业。
本届旅游节以“梅好蒲湾，红动山乡”为主题，将举办杨梅采摘、农家美食、山歌会等系列活动，欢迎大家走进果园，品尝蒲湾杨梅的甜蜜。
最后，预祝本届旅游节圆满成功！祝各位来宾身体健康、万事如意！
""",
    ),
    dict(
        slug="wiki-text-han-letter-entry-pomelo",
        site="问典百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="entry",
        form="text",
        source="https://www.wendian.example.com/entry/商洽函",
        title="商洽函",
        record_title="商洽函 - 问典百科",
        date=None,
        notes="encyclopaedia text: entry name as title with a site suffix; an example 函 about pomelo sales with a ×年×月×日 placeholder (no date); edit and citation links; 'last updated' stamp not a date",
        page="""
!m 问典百科　|　词条
{T}
!a [编辑]　[收藏]　[分享]
!m 本词条由“公文写作”专题编辑
{BODY}
!l 参考资料：[1] 公文写作教程　[2] 机关应用文写作
!m 词条最后更新于 2025年8月3日 09:14
!d 问典百科内容基于用户编辑，不保证准确性
""",
        body="""
商洽函是不相隶属的机关、单位之间商洽工作、询问和答复问题时使用的函，属于平行文。
商洽函一般包括标题、主送机关、正文和落款。正文先说明商洽的缘由，再提出具体事项，最后以“请予函复”等惯用语结尾。
例文：
关于商洽柚子产销对接事宜的函
××市农产品批发市场：
我县是蜜柚主产区，今年蜜柚预计产量六万吨。为拓宽销售渠道，拟与贵市场建立产销对接关系，在贵市场设立蜜柚直销区。
以上事项妥否，请予函复。
××县农业农村局
×年×月×日
写作商洽函时，语气应平和、谦敬，事项应具体明确，便于对方答复。
""",
    ),
    dict(
        slug="netdisk-html-mango-coop-report-nas",
        site="家庭NAS外链 (invented)",
        style="网盘分享",
        genre="报告",
        kind="report",
        form="html",
        source="http://nas-share.example.net:5000/sharing/mango2025",
        title="关于芒果合作社受台风影响损失情况的报告",
        record_title="芒果合作社台风损失报告（定稿）.docx",
        title_also=["芒果合作社台风损失报告（定稿）"],
        date="2025-09-09",
        notes="personal NAS share: file-name record title; file list with size and modified time (not the date); a preview header; a loss table; the report's own 联系人 kept; date under the signature",
        page="""
<html><head><meta charset="utf-8"><title>文件分享</title></head><body>
<div class="bar">⟦m 文件分享 · 由 DS-Home 提供⟧ ⟦a 下载 全部下载⟧</div>
<table class="files"><tr><td>⟦m 芒果合作社台风损失报告（定稿）.docx　45.2 KB　修改于 2025-09-10 08:44⟧</td></tr></table>
<div class="preview">⟦m 预览：芒果合作社台风损失报告（定稿）.docx⟧</div>
<h3>{T}</h3>
{BODY}
<div class="exp">⟦d 此分享链接将于 2025-09-17 过期⟧</div>
</body></html>
""",
        body="""
镇农业服务中心：
9月6日至7日，台风“海燕”过境，给我社芒果种植造成较大损失。现将有关情况报告如下。
一、受灾情况
项目　数量　损失（万元）
倒伏果树　1860株　55.8
落果　210吨　126.0
损毁棚架　32亩　19.2
二、采取的措施：组织社员抢扶倒伏果树，清沟排水，对落果进行分拣，能加工的送果脯厂收购。
三、困难和请求：恳请镇里协调保险公司尽快定损理赔，并在种苗补植上给予支持。
联系人：黎芒生　电话：138 7788 0961
荔溪镇金果芒果专业合作社
2025年9月9日
""",
    ),
    dict(
        slug="snapshot-text-lavender-farm-notice",
        site="极速搜 文字快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://txtcache.jisu.example.com/cache?id=7f2c51&q=薰衣草",
        title="紫苑薰衣草农场关于暂停夜间开放的通知",
        record_title=None,
        date="2025-07-26",
        notes="text-only cache: snapshot header with capture time (not the date), a highlighted-terms line; no record title (title in the cached page); the farm's own phone kept; date under the signature",
        page="""
!d 极速搜文字快照：您查看的是 http://www.ziyuanfarm.example.com/news/31.html 于 2025-08-14 06:20:11 的文字版快照
!d 提示：快照仅保留网页文字，不包含图片和样式。高亮：薰衣草
!a 查看原网页
!m 紫苑薰衣草农场 首页 农场介绍 游玩攻略 新闻公告
{T}
{BODY}
!m 紫苑薰衣草农场　地址：蓍城市郊区紫苑路1号
""",
        body="""
各位游客朋友：
近期持续高温，夜间园区蚊虫较多，且部分步道照明设施正在维修。为保障游客安全，农场决定自7月28日起暂停夜间开放，恢复时间另行通知。
暂停期间，白天开放时间调整为8:00至18:00，最后入园时间为17:00。
已购买夜场门票的游客，可凭订单号改签白天场次或办理全额退款。
咨询电话：0482-2660 519
紫苑薰衣草农场
2025年7月26日
""",
    ),
    dict(
        slug="print-html-rapeseed-festival-plan",
        site="莼湖县文化和旅游局 (invented)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="html",
        source="http://wlj.chunhu.example.gov.cn/print.jsp?id=2025-0219",
        title="莼湖县第五届油菜花节活动方案",
        record_title="〔打印稿〕莼湖县第五届油菜花节活动方案",
        date="2025-02-19",
        notes="print view in HTML: a print toolbar, the page URL and print stamp, print footer 第1页/共1页; decorated record title; a schedule table; 成文日期 under the signature",
        page="""
<html><head><meta charset="utf-8"><title>打印 - 莼湖县第五届油菜花节活动方案</title><style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a 【打印】 【关闭】 【A+ A-】⟧</div>
<div class="src">⟦m 莼湖县文化和旅游局 http://wlj.chunhu.example.gov.cn⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pf">⟦p 第1页/共1页⟧ ⟦m 打印于 2025-03-02 14:55⟧</div>
</body></html>
""",
        body="""
为打响“莼湖花海”乡村旅游品牌，促进农文旅融合发展，决定举办莼湖县第五届油菜花节，特制定本方案。
一、活动主题：花开莼湖，遇见春天。
二、活动时间：2025年3月15日至4月5日。
三、主要活动
活动名称　时间　地点
开幕式　3月15日　金沙村花海广场
花海马拉松　3月22日　环湖绿道
油菜花摄影大赛　3月15日至4月5日　全县
四、保障措施：县公安、交通、市场监管等部门按职责做好安全保卫、交通组织和市场秩序维护。
莼湖县文化和旅游局
2025年2月19日
""",
    ),
    dict(
        slug="mail-html-postcard-society-newsletter",
        site="邮缘明信片协会通讯 (invented)",
        style="邮件转发",
        genre="通讯",
        kind="newsletter",
        form="html",
        source="mailto:news@youyuan-mxp.example.org?id=2025-10",
        title="邮缘明信片协会2025年10月会员通讯",
        record_title="【会员通讯·10月刊】邮缘明信片协会2025年10月会员通讯",
        date="2025-10-08",
        notes="mailed newsletter (HTML mail): mail header lines, a 'view in browser' link, an unsubscribe footer; the newsletter's own 附件 list and 联系邮箱 kept; the issue date line",
        page="""
<html><head><meta charset="utf-8"><title>【会员通讯·10月刊】</title></head><body>
<table><tr><td>⟦m 发件人：邮缘明信片协会 news@youyuan-mxp.example.org⟧</td></tr>
<tr><td>⟦m 发送时间：2025-10-08 20:00⟧</td></tr>
<tr><td>⟦a 邮件显示不正常？点此在浏览器中查看⟧</td></tr></table>
<h2>{T}</h2>
{BODY}
<div class="unsub">⟦d 您收到此邮件是因为您是邮缘明信片协会会员。如不想再收到，请点击退订。⟧</div>
</body></html>
""",
        body="""
各位会员：
金秋时节，协会各项活动陆续开展，现将本月情况通报如下。
一、“家乡风景”原创明信片设计征集已收到作品三百一十二件，评选结果将于11月公布。
二、10月9日世界邮政日，协会在中心邮局举办明信片交换会，欢迎会员携带藏品参加。
三、新版会员证已制作完成，请尚未领取的会员到秘书处领取。
四、协会会刊第十二期征稿截止日期为10月31日。
附件：1.设计征集评选办法
2.明信片交换会报名表
投稿及联系邮箱：bianji@youyuan-mxp.example.org
邮缘明信片协会秘书处
""",
    ),
    dict(
        slug="gov-html-bingxue-curling-hall-notice",
        site="芷阳县体育局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://tyj.zhiyang.example.gov.cn/tzgg/202511/t20251125_7103.html",
        title="关于冰壶馆冬季向中小学生免费开放的通知",
        record_title="芷阳县体育局 关于冰壶馆冬季向中小学生免费开放的通知",
        date="2025-11-25",
        notes="county portal (modern): decorated record title (site prefix); 文号 neutral; opening-hours table; the venue's own booking phone beside the portal's 12345; a sentence telling parents to 扫码 book stays; 成文日期",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>芷阳县体育局 关于冰壶馆冬季向中小学生免费开放的通知</title>
<script>window._govStat={site:"zytyj"};</script></head><body>
<div class="gov-top">⟦m 芷阳县人民政府 · 芷阳县体育局⟧ ⟦a 适老化 | 无障碍⟧</div>
<nav>⟦m 首页 机构职能 政务公开 全民健身 竞技体育 政民互动⟧</nav>
<div class="loc">⟦m 首页 / 政务公开 / 通知公告⟧</div>
<h1>{T}</h1>
<div class="pub">⟦m 发布时间：2025-11-25　信息来源：县体育局　字号：⟧⟦a 大 中 小⟧</div>
<p class="wh">芷体发〔2025〕22号</p>
{BODY}
<div class="tools">⟦l 分享：微信 微博 ｜ 打印 ｜ 关闭⟧</div>
<footer>⟦m 芷阳县体育局主办 政府网站标识码 3607280019⟧ ⟦m 12345政务服务便民热线⟧</footer>
</body></html>
""",
        body="""
各中小学校：
为推动冰雪运动进校园，丰富学生冬季体育活动，县冰雪运动中心冰壶馆将于今年冬季向全县中小学生免费开放。现将有关事项通知如下。
一、开放时间
时段　日期　场次
周末场　每周六、周日　9:00—11:00
寒假场　1月20日至2月20日　每天14:00—16:00
二、预约方式：家长可扫描冰壶馆门口二维码或拨打预约电话预约，每场限四十人。
三、安全要求：学生须穿着防滑鞋，在教练指导下活动，馆内配备医务人员。
预约电话：0797-3358 260
芷阳县体育局
2025年11月25日
""",
    ),
    dict(
        slug="fanwen-text-yahua-pressed-flower-plan",
        site="花笺范文网 (invented)",
        style="范文站",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.huajianfw.example.com/fangan/huodong/55107.html",
        title="社区压花艺术社团秋季活动方案",
        record_title="社区压花艺术社团秋季活动方案（通用5篇）",
        date=None,
        notes="范文 site text: decorated record title; a VIP copy lock between paragraphs; writing-service prompt; page markers （续n） glued; no date (update stamp only)",
        pages=dict(fmt="（续{n}）", every=150, start=2, glue=True),
        page="""
!m 花笺范文网 » 活动方案 » 社团活动方案
!t 社区压花艺术社团秋季活动方案（通用5篇）
!m 更新时间：2025-09-12　投稿：阿薇
!a 复制全文需登录　|　下载为Word
{BODY}
!a 以上为第1篇，查看其余4篇请开通VIP
!w 需要定制活动方案？专业写手在线，微信：hj_xiezuo
!l 上一篇：读书会活动方案　下一篇：社区书法班招生方案
""",
        body="""
为丰富社区居民的精神文化生活，弘扬传统手工艺术，社区压花艺术社团结合秋季特点，制定本活动方案。
一、活动目标：组织社员采集、压制秋季花叶，完成压花书签、压花画等作品，举办一次成果展。
二、活动安排：9月下旬开展“秋叶采集”户外活动；10月每周六下午在社区活动室开展压花技法教学；11月中旬举办压花作品展。
⟦a VIP会员可一键复制本段⟧
三、物资准备：吸水纸、压花板、相框、树脂胶等材料由社区统一采购，社员自带剪刀和镊子。
四、注意事项：采集花叶时不得攀折公园绿化植物，户外活动由社团骨干带队，注意安全。
""",
    ),
]
