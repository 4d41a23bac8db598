"""holdout303, part E: residents' sites, associations, companies, training schools, writing apps, exam forums.

Every page, site, place, person, phone and URL here is invented; see ../README.md and
../build.py for the markup. Each case was written by hand.
"""

CASES = [
    dict(
        slug="community-youyuan-notice-rechargeable-warmers",
        site="囿园社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.youyuan-sq.cn/tzgg/2024/1212/403.html",
        title="关于冬季安全使用充电怀炉的温馨提示",
        record_title="关于冬季安全使用充电怀炉的温馨提示【楼道里的提醒】- 囿园社区网",
        date="2024-12-12",
        notes="a residents' site: a weather line, a grid worker's box with a mobile, the property's repair and night lines "
        "beside the community's own 值班电话 in the body; following the community's account is content; numbered tips",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于冬季安全使用充电怀炉的温馨提示【楼道里的提醒】- 囿园社区网</title></head><body>
<div class="top">⟦m 囿园社区网⟧ ⟦m 孚阳区　多云转阴　-2℃~5℃⟧</div>
<div class="nav"><a>⟦m 首页⟧</a> <a>⟦m 社区公告⟧</a> <a>⟦m 办事指南⟧</a> <a>⟦m 邻里互动⟧</a></div>
<div class="pos">⟦m 首页 &gt; 社区公告⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 发布人：囿园社区居委会　点击：612⟧</div>
<div class="body">
{BODY}
</div>
<div class="grid">⟦m 本网格网格员：苗可欣　13508841276⟧</div>
<div class="wuye">⟦m 物业报修：0893-5127001　夜间值班：0893-5127002⟧</div>
<div class="links"><p>⟦l 上一条：囿园社区2025年城乡居民医保缴费提醒⟧</p><p>⟦l 下一条：关于12月15日停水的通知⟧</p></div>
<div class="ft">⟦m 孚阳区瑕泉街道囿园社区居委会　版权所有⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
近日气温骤降，不少居民使用充电怀炉、暖手宝取暖。为防止充电起火和烫伤，社区提醒大家：
1.购买带有3C标志的产品，不买“三无”怀炉。
2.充电时要有人看管，充满即拔，不要边充电边使用，更不要放在被褥里充电。
3.电动车棚、楼道内严禁为怀炉等电器充电。
4.老人、儿童使用时要套上布套，避免长时间贴身。
发现电器冒烟、起火，请立即拨打119，并通知社区。社区值班电话：0893-5127730。欢迎关注“囿园社区”公众号，获取更多安全提示。
囿园社区居民委员会
2024年12月12日
""",
    ),
    dict(
        slug="community-qiongyin-foot-washing-volunteers-scan",
        site="跫音社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.qiongyin-sq.cn/dt/2024/1010/1177.html",
        title="关于开展敬老月“温情洗脚”志愿服务活动的通知",
        record_title="关于开展敬老月“温情洗脚”志愿服务活动的通知 - 社区动态 - 跫音社区网",
        date="2024-10-10",
        notes="a residents' site as text: scanning the service desk's code to sign in is content; the organiser's own mobile in "
        "the body beside the site's property line; a volunteer sign-up prompt glued after a sentence",
        page="""
!m 跫音社区网　邻里一家亲
!m 首页 > 社区动态
{T}
!m 2024-10-10　｜　跫音社区居委会　｜　阅读 341
{BODY}
!a 想加入社区志愿者队伍？点此在线登记
!l 往期活动：“银龄课堂”智能手机教学回顾
!m 物业服务中心：0896-7732019
!m 孚阳区瑕泉街道跫音社区
""",
        body="""
各志愿服务队、广大志愿者：
为弘扬尊老敬老传统美德，社区定于10月12日上午9时，在社区日间照料中心开展“温情洗脚”志愿服务活动，为辖区高龄老人洗脚、修剪指甲。现将有关事项通知如下：
一、志愿者请于8:40前到达，到场后扫描服务台二维码签到，记录志愿服务时长。
二、洗脚盆、毛巾、一次性盆套由社区统一准备，每位老人使用一只盆套，用后更换。⟦a 报名当志愿者，戳这里⟧
三、请志愿者试好水温，动作轻柔，遇到老人脚部有伤口的，及时告知社区医生。
联系人：蔺书瑶，电话：13907712406。
跫音社区居民委员会
2024年10月10日
""",
    ),
    dict(
        slug="association-huyang-pledge-cufflink-material-labels",
        site="祜阳县服饰配件行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.hyfspj-xh.org.cn/xhdt/2025/0422/219.html",
        title="关于袖扣产品如实标注材质的自律倡议书",
        record_title="〖诚信标注行动〗关于袖扣产品如实标注材质的自律倡议书 | 祜阳县服饰配件行业协会",
        date="2025-04-20",
        date_also=["2025-04-22"],
        notes="an association site with a member-login row and a member hotline: the association's name is also the signature "
        "(matched as head); the pledge's 成文日期 is expected, the page's date also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〖诚信标注行动〗关于袖扣产品如实标注材质的自律倡议书 | 祜阳县服饰配件行业协会</title></head><body>
<div class="hd"><span class="logo">⟦m 祜阳县服饰配件行业协会⟧</span> <a>⟦a 会员单位登录⟧</a> <a>⟦a 申请入会⟧</a></div>
<div class="nav"><a>⟦m 首页⟧</a> <a>⟦m 协会动态⟧</a> <a>⟦m 行业标准⟧</a> <a>⟦m 会员风采⟧</a> <a>⟦m 联系协会⟧</a></div>
<div class="bread">⟦m 首页 › 协会动态 › 倡议书⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 2025-04-22　协会秘书处⟧</div>
<div class="con">
{BODY}
</div>
<div class="tool">⟦a 打印　关闭⟧</div>
<div class="foot">⟦m 会员服务热线：0898-6402211⟧<br>⟦m 协会地址：祜阳县囿城镇袖扣产业园服务中心3楼⟧</div>
</body></html>
""",
        body="""
全县服饰配件企业：
近年来，我县袖扣产业发展迅速，但也有个别企业把镀银产品标成“纯银”、把合金产品标成“铜质”，损害了消费者权益和“囿城袖扣”的声誉。为此，协会向全体会员企业倡议：
一、如实标注。袖扣的主体材质、镀层材质和镀层厚度，要在吊牌和网店详情页上如实写明。
二、主动送检。新品上市前送第三方机构检测，检测报告留存备查。
三、接受监督。协会将每季度组织一次市场抽查，抽查结果在协会网站公布。
让我们共同守护“囿城袖扣”这块金字招牌！
祜阳县服饰配件行业协会
2025年4月20日
""",
    ),
    dict(
        slug="association-qucheng-minutes-tie-clip-standard-vote",
        site="麴城市服装服饰商会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="report",
        form="text",
        source="http://www.qcfzsh.org/hyjy/2025/0516/57.html",
        title="《领带夹》团体标准草案研讨会会议纪要",
        record_title="〖团标起草进行时〗《领带夹》团体标准草案研讨会会议纪要 · 麴城市服装服饰商会",
        date="2025-05-14",
        date_also=["2025-05-16"],
        notes="a chamber's text page: the minutes' 时间/地点/主持/出席/列席/记录 lines stay in the body, the 时间 line is the "
        "date (the page's posting date also accepted); a vote count; a 'past minutes' link between paragraphs",
        page="""
!m 麴城市服装服饰商会
!m 首页 › 商会工作 › 会议纪要
!t 〖团标起草进行时〗《领带夹》团体标准草案研讨会会议纪要
!m 发布：2025-05-16　秘书处
{BODY}
!a 下载纪要原件（需会员登录）
!m 商会秘书处电话：0895-8120066
!d 本站信息仅供会员参考，转载请注明出处
""",
        body="""
时间：2025年5月14日9:30
地点：商会三楼会议室
主持：商会副会长 齐慕言
出席：会员企业代表15人
列席：麴城市产品质量检验所 韦工程师
记录：商会秘书处 伍思桐
会议对《领带夹》团体标准草案进行了逐条研讨，形成以下意见：
⟦l 往期纪要：《袖扣》团体标准立项论证会⟧
一、夹片弹力指标由不小于3牛调整为不小于4牛。
二、增加镍释放量要求，与国家有关标准保持一致。
三、草案经修改后提交理事会审议。
会议以15票赞成、0票反对、0票弃权通过上述意见。
""",
    ),
    dict(
        slug="company-kangyan-news-graphene-heat-pack-title-glued",
        site="康衍医疗器械 (invented company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.kangyan-med.com/news/2025/0108/61.html",
        title="康衍医疗推出石墨烯远红外热敷袋",
        record_title="康衍医疗推出石墨烯远红外热敷袋｜新闻中心｜康衍医疗",
        date="2025-01-08",
        notes="a company news page: a cookie notice, a service float, a 400 line; the title repeated and glued before the "
        "first words of the lead; a dotted company date is the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>康衍医疗推出石墨烯远红外热敷袋｜新闻中心｜康衍医疗</title></head><body>
<div class="cookie">⟦d 我们使用Cookie改善您的浏览体验，继续访问即表示同意⟧ <button>⟦a 知道了⟧</button></div>
<header>⟦m 康衍医疗⟧ <nav><a>⟦m 首页⟧</a> <a>⟦m 产品中心⟧</a> <a>⟦m 新闻中心⟧</a> <a>⟦m 关于康衍⟧</a></nav></header>
<div class="crumb">⟦m 首页 / 新闻中心 / 企业新闻⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 2025.01.08⟧</div>
<div class="news-body">
{BODY}
</div>
<div class="pn"><p>⟦l 上一篇：康衍医疗通过ISO13485质量体系复审⟧</p><p>⟦l 下一篇：康衍医疗2024年度总结表彰会召开⟧</p></div>
<div class="kf">⟦w 在线客服 · 产品咨询⟧</div>
<footer>⟦m 订购热线：400-617-5090⟧<br>⟦m © 孚阳区康衍医疗器械有限公司⟧</footer>
</body></html>
""",
        body="""
⟦t 康衍医疗推出石墨烯远红外热敷袋⟧近日，孚阳区康衍医疗器械有限公司推出新款石墨烯远红外热敷袋，该产品已取得第二类医疗器械注册证。
新款热敷袋采用石墨烯发热膜，通电30秒即可升温，设有三档温度，最高不超过50摄氏度，并具有定时20分钟自动断电功能，可有效防止低温烫伤。
公司研发负责人韦清和介绍，产品外层采用可拆洗的纯棉面料，适用于肩颈、腰背等部位的日常理疗。
目前，该产品已在县内多家医院康复科试用，下月起在各大药房上市销售。
""",
    ),
    dict(
        slug="company-deyun-recall-folding-basins-batches",
        site="德运日用 (invented company site)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="http://www.deyun-riyong.com/gonggao/2025/0603/12.html",
        title="关于召回部分批次折叠洗脚盆的公告",
        record_date="2025-06-03",
        date="2025-06-03",
        notes="the record gives title and date; a company's text page: recalled batches as a table (one batch a paragraph, with "
        "production dates inside the rows), the recall line in the body beside the company's 400 sales line; the copyright "
        "line repeats the company name of the signature (tail)",
        page="""
!m 德运日用 · 让生活更安心
!m 首页 ｜ 产品 ｜ 服务 ｜ 公告 ｜ 联系
{T}
!m 发布者：德运日用客服部
{BODY}
!l 相关公告：ZD-18型折叠洗脚盆使用说明（修订版）
!m 全国销售热线：400-877-2316
!m 荦川县德运日用塑料制品有限公司
!d 版权所有，未经许可不得转载本站图文
""",
        body="""
尊敬的用户：
我公司在产品质量跟踪中发现，2025年3月至4月生产的部分批次ZD-18型折叠洗脚盆，因硅胶折叠圈材料不合格，长时间盛放热水后可能开裂漏水，存在烫伤隐患。为保障用户安全，我公司决定主动召回以下批次产品：
型号　生产批号　生产日期
ZD-18　250312　2025年3月12日
ZD-18　250405　2025年4月5日
ZD-18　250419　2025年4月19日
请使用上述产品的用户立即停止使用，拨打召回专线：0892-5588310，我公司将免费为您更换新品。
荦川县德运日用塑料制品有限公司
2025年6月3日
""",
    ),
    dict(
        slug="training-hengya-etiquette-class-brochure",
        site="衡雅礼仪学堂 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.hengya-liyi.com/kecheng/nanshi.html",
        title="男士形象礼仪周末班招生简章",
        record_title="【周末班开课啦】男士形象礼仪周末班招生简章（每期只收16人）｜衡雅礼仪学堂",
        date=None,
        notes="a training school: a promo banner, a consult float, a 400 franchise line beside the school's own 报名电话 in the "
        "body; a numbered course list; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【周末班开课啦】男士形象礼仪周末班招生简章（每期只收16人）｜衡雅礼仪学堂</title></head><body>
<div class="promo">⟦a 老学员带新学员，两人同报立减120元⟧</div>
<div class="hd">⟦m 衡雅礼仪学堂⟧ <nav><a>⟦m 首页⟧</a> <a>⟦m 课程⟧</a> <a>⟦m 师资⟧</a> <a>⟦m 学员风采⟧</a></nav></div>
<h1>{T}</h1>
<div class="main">
{BODY}
</div>
<div class="apply"><button>⟦a 立即预约试听⟧</button></div>
<div class="float">⟦w 课程顾问在线，点我咨询⟧</div>
<div class="ft">⟦m 加盟合作：400-105-9268⟧<br>⟦m 衡雅礼仪学堂　办学许可证号：教民152070070001234号⟧</div>
</body></html>
""",
        body="""
课程对象：即将参加面试的毕业生、商务人士、新郎及伴郎。
课程内容：
1.西装、衬衫的选择与搭配；
2.领带的四种常用打法；
3.领带夹、袖扣、口袋巾等配饰的佩戴规范；
4.站姿、坐姿、握手与名片礼仪。
上课时间：每周六9:00—16:00，一天结课。
学费：680元，含午餐和讲义，学员可获赠袖扣一对。
报名电话：0891-7265518（衡雅礼仪学堂教务处）。
""",
    ),
    dict(
        slug="training-yueyi-trainee-insight-tie-clip",
        site="悦仪职业培训学校 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.yueyi-peixun.cn/xueyuan/2025/0305/81.html",
        title="酒店前厅礼仪培训心得：从一枚领带夹说起",
        record_title="结业感言墙 ｜ 酒店前厅礼仪培训心得：从一枚领带夹说起 - 悦仪职业培训学校",
        date=None,
        notes="a training school's trainee page: a trial-lesson prompt on a line of its own between paragraphs, a course link "
        "glued after the last sentence, a 'posted 2 weeks ago' stamp (no date)",
        page="""
!m 悦仪职业培训学校 · 学员园地
!t 结业感言墙 ｜ 酒店前厅礼仪培训心得：从一枚领带夹说起
!m 学员：前厅接待 小钟　　2 周前
{BODY}
!a 预约免费试听　｜　领取课程资料
!m 招生咨询：0896-8821733
!d 学员心得经本人同意发布
""",
        body="""
上个月，酒店安排我们前厅部八名员工参加了为期三天的服务礼仪培训。第一天上课，老师就让我们互相检查着装，我才发现自己的领带夹一直夹得太高了。
老师说，领带夹应该夹在衬衫第三、第四粒纽扣之间，穿上西装扣好扣子后，领带夹刚好藏在西装里，只露出一点点。细节做对了，客人看着就舒服。
⟦a 酒店礼仪班3月班还有空位，试听一节不收费⟧
三天里，我们练习了站姿、微笑、指引手势和接打电话，每个动作都反复练了几十遍。
回到岗位后，我把学到的东西分享给了班组的同事。我体会最深的是，礼仪不是表演，而是把对客人的尊重落实在每一个细节上。⟦l 查看课程：酒店服务礼仪提升班⟧
""",
    ),
    dict(
        slug="fanwenapp-miaobi-report-care-team-heat-packs",
        site="妙笔范文 (invented writing app, H5 share page)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.miaobifw.com/share/doc?id=6630192&from=wx",
        title="护理组长2024年度述职报告",
        record_title="护理组长2024年度述职报告（养老机构适用）· 妙笔范文",
        date="2025-01-06",
        notes="a writing app's H5 share: an open-app mask, an 'expand the rest' fold on a line of its own inside the body, an "
        "AI-rewrite button glued after a sentence, an app prompt; the 述职 date at the end",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>护理组长2024年度述职报告（养老机构适用）· 妙笔范文</title></head><body>
<div class="mask">⟦a 打开妙笔范文App，阅读体验更流畅⟧ <button>⟦a 立即打开⟧</button></div>
<div class="hd">⟦m 妙笔范文⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 妙笔精选　1.6万人读过⟧</div>
<div class="doc">
{BODY}
</div>
<div class="bar">⟦a 一键复制⟧ ⟦a 生成Word⟧ ⟦a 收藏⟧</div>
<div class="rec"><h4>⟦l 猜你还要写⟧</h4><p>⟦l 养老院护理员个人年终总结⟧</p><p>⟦l 护理部主任年度述职报告⟧</p></div>
<div class="ft">⟦d 范文仅供参考，请结合实际修改使用⟧</div>
</body></html>
""",
        body="""
各位领导、同事们：
2024年，我担任嫘水县福寿养老院二区护理组组长，带领9名护理员负责46位老人的日常照护，现将工作情况报告如下。
一、抓护理质量。全年未发生压疮、烫伤等护理事故。入冬后，我们为行动不便的老人统一配发热敷袋，规定由护理员加热、试温后使用，每半小时查看一次皮肤。⟦a ✨AI帮我改写这一段⟧
⟦a 展开剩余62%⟧
二、抓队伍建设。组织业务培训10次，2名护理员取得养老护理员四级证书。
三、抓家属沟通。每月给家属打一次电话，通报老人身体情况，家属满意度达到98%。
不足之处是夜间巡查记录还不够规范。新的一年，我将继续努力。
述职人：蓝若溪
2025年1月6日
""",
    ),
    dict(
        slug="fanwenapp-gaolaila-speech-cufflink-craftsmen",
        site="稿来啦 (invented writing app)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://m.gaolaila.cn/p/30019725",
        title="在囿城镇袖扣产业工匠表彰大会上的讲话",
        record_title="在囿城镇袖扣产业工匠表彰大会上的讲话（党委书记用，可直接改）· 稿来啦",
        date="2025-02-26",
        notes="a writing app's share as text: the speaker line and a date line under the title are neutral (the date is the "
        "document's); a paywall line between paragraphs, a template-count line and the app's download prompt",
        page="""
!m 稿来啦 · 写稿不求人
!t 在囿城镇袖扣产业工匠表彰大会上的讲话（党委书记用，可直接改）
!m 已有 3,412 人使用此稿
镇党委书记　齐慕白
（2025年2月26日）
{BODY}
!a 在稿来啦App里打开，可一键替换单位名称
!l 同场景范文：在优秀工匠座谈会上的讲话
!d 稿来啦提醒：范文请勿直接用于正式场合
""",
        body="""
同志们：
今天，我们召开袖扣产业工匠表彰大会，表彰一年来在袖扣设计、制作一线涌现出的二十名优秀工匠。在此，我代表镇党委、镇政府，向受表彰的工匠表示热烈祝贺！
囿城袖扣能够走向世界，靠的是一代代工匠的手艺。一对袖扣要经过冲压、抛光、电镀、点珐琅等二十多道工序，每一道都容不得半点马虎。
⟦a 会员可解锁全文及3篇同类讲话⟧
希望受表彰的工匠珍惜荣誉，带好徒弟，把手艺传下去；希望各企业尊重工匠、善待工匠，在待遇上向一线技术人员倾斜。
镇里将设立工匠奖励基金，每年评选一次。让我们一起努力，把“囿城袖扣”的牌子擦得更亮！
""",
    ),
    dict(
        slug="examforum-shangan-interview-idle-warmers-jammer",
        site="上岸同行论坛 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://bbs.shangan-tx.com/thread-60271-1-1.html",
        title="社区给独居老人发放的怀炉被闲置，你怎么看？",
        record_title="【结构化自练】社区给独居老人发放的怀炉被闲置，你怎么看？（自己答的，求考官视角点评）- 面试交流 - 上岸同行论坛",
        date=None,
        notes="an exam forum: jammer-font junk in the post, a reply-to-see prompt, a QQ-group ad, a rating row, a relative time "
        "(4 天前, no date)",
        page="""
<html><head><meta charset="utf-8"><title>【结构化自练】社区给独居老人发放的怀炉被闲置，你怎么看？（自己答的，求考官视角点评）- 面试交流 - 上岸同行论坛</title>
<style>.jammer{position:absolute;left:-9999px}</style></head><body>
<div id="hd">⟦m 上岸同行论坛⟧ <span>⟦m 同路人，一起上岸⟧</span></div>
<div id="pt">⟦m 首页 › 面试交流 › 结构化⟧</div>
<div class="qun">⟦w 面试互练QQ群：662031847，进群备注岗位⟧</div>
<div class="thread"><h1>{T}</h1>
<div class="authi">⟦m 岸边的石头 ｜ 发表于 4 天前⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖还有考官点评，回复后可见⟧</div>
<div class="rate">⟦l 评分：+3 思路清楚 ｜ +2 可以再具体些⟧</div></div>
<div class="reply"><p>⟦l 沙发 拾光：第二点可以展开说说⟧</p></div>
<div id="ft">⟦m 上岸同行论坛 © 2025⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
我的作答：
社区给独居老人发怀炉，出发点是好的，但发下去没人用，说明好事没有办到老人心坎上。
我认为原因可能有三个：一是老人不会用，充电、点火觉得麻烦；二是担心安全，怕烫伤、怕起火；三是发放前没有问清老人真正需要什么。
如果我是社区工作人员，我会这样做：首先，挨家挨户上门，手把手教老人使用，并留下联系卡；其次，组织志愿者定期回访，检查怀炉使用情况；最后，今后发放物资前先做需求调查，让老人自己选。
惠民实事只有从群众需求出发，才能真正暖到人心。
""",
    ),
    dict(
        slug="examforum-gongkao-shenlun-cufflink-town-junk",
        site="公考同窗论坛 (invented exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="text",
        source="http://www.gktongchuang.com/bbs/shenlun/4410.html",
        title="小袖扣里的大产业",
        record_title="[申论每周一练] 小袖扣里的大产业（练笔第7篇，欢迎挑刺）- 申论交流 - 公考同窗论坛",
        date=None,
        notes="an exam forum as text: anti-scraping junk lines and junk glued after 。; a level line with a relative time "
        "(昨天, no date); replies and a login prompt",
        page="""
!m 公考同窗论坛 › 申论交流
!t [申论每周一练] 小袖扣里的大产业（练笔第7篇，欢迎挑刺）
!m 楼主：一只备考的鹅　等级：秀才　昨天 23:06
{BODY}
!l 1楼 青衿：第三段论证可以再加个数据
!l 2楼 晚风：结尾升华得不错
!a 登录同窗，参与讨论
""",
        junk=dict(lines=2, glued=2),
        body="""
一对小小的袖扣，能撑起一个镇的产业吗？囿城镇给出了肯定的回答。
三十多年前，囿城镇只有几家家庭作坊，靠给外地厂家代工糊口。如今，全镇袖扣年产量超过一千万对，产品远销海外，成了名副其实的“袖扣之乡”。
小产品做成大产业，关键在于坚持。囿城人没有因为产品小、利润薄就放弃，而是一步步建起电镀集中区和检测中心，把质量做了上去。
小产品做成大产业，还在于创新。从代工到自主设计，从线下批发到线上直播，囿城人不断找到新的增长点。
乡村振兴，不一定非要大项目。找准一个小产品，咬定青山不放松，同样能走出一条致富路。
""",
    ),
]
