"""holdout217, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP (one HTML and one text page each).

Every page, place, person, firm, site, URL and number here is invented and written by hand;
see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="community-boyuan-notice-oxygen-loan",
        site="嶓园社区居委会 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.boyuansq.cn/tzgg/20241202/356.html",
        title="嶓园社区爱心制氧机借用点启用的通知",
        record_title="【邻里暖心】嶓园社区爱心制氧机借用点启用的通知 - 嶓园社区居委会",
        record_date="2024-12-02",
        date="2024-12-02",
        notes=(
            "residents' site: weather line, a grid member's box with a mobile number, the property company's repair "
            "line beside the notice's own 联系电话; a sentence asking residents to follow the community account (content); date from the record"
        ),
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【邻里暖心】嶓园社区爱心制氧机借用点启用的通知 - 嶓园社区居委会</title>
<script src="/js/sq.js"></script>
</head>
<body>
<div class="sq-top">⟦m 嶓园社区居委会⟧ ⟦m 邶湖区鄜桥街道⟧ ⟦m 今天 晴 -2～9℃ 空气良⟧</div>
<div class="sq-nav">⟦m 首页⟧ ⟦m 社区公告⟧ ⟦m 便民服务⟧ ⟦m 党群活动⟧ ⟦m 网格之家⟧</div>
<div class="sq-main">
<h2>{T}</h2>
<p class="sq-meta">⟦m 发布者：社区服务大厅　阅读 433⟧</p>
<div class="sq-body">
{BODY}
</div>
</div>
<div class="sq-grid"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格　韩晓雨　138 8365 2271⟧</p></div>
<div class="sq-wy">⟦m 嶓园物业24小时报修：0836-6039900⟧</div>
<div class="sq-foot">⟦m 嶓园社区居民委员会　地址：鄜桥街道嶓园路12号⟧</div>
</body>
</html>
""",
        body="""
各位居民：
为帮助辖区内患有慢阻肺、心衰等疾病的老人度过冬季，社区联合爱心企业设立了爱心制氧机借用点，首批配备5升制氧机8台，即日起开放借用。
一、借用对象：本社区户籍或常住的60岁以上老人，需持医院开具的氧疗建议。
二、借用办法：家属带身份证到社区服务大厅登记，签订借用协议，免押金，每次借用期限不超过30天。
三、注意事项：使用时远离明火，湿化瓶使用纯净水，归还时请将过滤棉清洗干净。
借用点的设备余量每周在“嶓园邻里”公众号更新，有需要的居民可以关注查看。
联系电话：0836-6039117（社区服务大厅，工作日8:30—17:30）。
嶓园社区居民委员会
2024年12月2日
""",
    ),
    dict(
        slug="community-liaotang-notice-glucose-scan-signin",
        site="漻塘社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.liaotangsq.com/sqdt/1015/221.html",
        title="关于开展“健康周末”免费测血糖活动的通知",
        record_title="社区动态 > 关于开展“健康周末”免费测血糖活动的通知 - 漻塘社区网",
        date="2024-10-15",
        notes=(
            "residents' site: the notice asks residents to scan a code to sign in (content) and has a 温馨提醒 item; "
            "a volunteer sign-up prompt glued after a sentence; 成文日期 at the end"
        ),
        page="""
!m 漻塘社区网 · 邻里一家亲
!m 社区动态 > 通知公告
{T}
!m 发布时间：2024-10-16　浏览：289
{BODY}
!l 往期活动：重阳节“敬老饺子宴” ｜ 社区消防演练圆满结束
!m 漻塘社区居委会值班电话：0836-6071325
!m 漻塘社区网由漻塘社区居委会维护
""",
        date_also=["2024-10-16"],
        indent="\u3000\u3000",
        body="""
各位居民朋友：
为做好辖区糖尿病早筛工作，漻塘社区联合邶湖区社区卫生服务中心，定于2024年10月19日（星期六）上午8:00—11:00，在社区文化广场开展免费测血糖活动。
一、活动内容：指尖血糖检测、血压测量、家庭医生签约咨询、家用血糖仪使用指导。
二、参加对象：辖区40岁以上居民，以及已确诊的糖尿病患者。⟦a 想当活动志愿者？点这里报名⟧
三、温馨提醒：测空腹血糖的居民请不要吃早餐，带上平时使用的血糖仪，医生可现场帮您校对。
活动现场设置签到处，请居民到场后扫码签到，方便后续健康随访。
漻塘社区居民委员会
2024年10月15日
""",
    ),
    dict(
        slug="association-chengyang-pledge-freezer-head",
        site="郕阳市家用电器行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.cyjdxh.org.cn/xhdt/2024/0808/97.html",
        title="卧式冰柜能效标识规范使用自律倡议书",
        record_title="【会员须知】卧式冰柜能效标识规范使用自律倡议书 - 郕阳市家用电器行业协会",
        date="2024-08-08",
        notes=(
            "association site: member-login row, the association's name in the header is also its signature and in a "
            "body sentence (matched as head); the pledge asks members to forward and share it (content)"
        ),
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【会员须知】卧式冰柜能效标识规范使用自律倡议书 - 郕阳市家用电器行业协会</title>
</head>
<body>
<div class="xh-top"><span class="name">⟦m 郕阳市家用电器行业协会⟧</span> <span>⟦a 会员单位登录⟧ ⟦a 入会申请⟧</span></div>
<div class="xh-nav">⟦m 协会首页⟧ ⟦m 协会概况⟧ ⟦m 行业资讯⟧ ⟦m 会员风采⟧ ⟦m 政策标准⟧</div>
<div class="xh-loc">⟦m 所在位置：协会首页 › 行业资讯⟧</div>
<div class="xh-art">
<h1>{T}</h1>
<div class="xh-meta">⟦m 日期：2024-08-08　作者：协会秘书处⟧</div>
<div class="xh-body">
{BODY}
</div>
</div>
<div class="xh-side">⟦m 会员服务专线：0836-8100368⟧</div>
<div class="xh-foot">⟦m 版权所有：郕阳市家用电器行业协会　地址：郕阳市商贸大道66号⟧</div>
<script src="/js/member-login.js"></script>
</body>
</html>
""",
        body="""
全市家电生产和销售企业：
近期，市场监管部门在抽查中发现，个别企业销售的卧式冰柜存在能效标识与实际不符、虚标容积等问题，损害了消费者权益，也影响了行业声誉。为此，郕阳市家用电器行业协会向全体会员单位发出如下倡议：
一、如实标注。严格按照国家标准标注能效等级、耗电量和有效容积，不夸大、不虚标。
二、诚信销售。向消费者如实介绍产品性能，不以“一级能效”“超省电”等模糊用语误导消费者。
三、主动自查。各会员单位于本月内对在售冰柜产品开展一次自查，发现问题立即整改。
欢迎各会员单位将本倡议转发分享给一线销售人员。
郕阳市家用电器行业协会
2024年8月8日
""",
    ),
    dict(
        slug="association-yongcheng-minutes-nebulizer-vote",
        site="鄘城市医疗器械经营企业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://www.ycylqxxh.org/hyjy/2024/0722/33.html",
        title="鄘城市医疗器械经营企业协会第三届理事会第五次会议纪要",
        date="2024-07-19",
        notes="title given by the record; minutes with 时间/地点/主持/出席/列席/记录 lines and a vote count; the 时间 line gives the date",
        page="""
!m 鄘城市医疗器械经营企业协会
!m 首页 → 协会工作 → 会议纪要
{T}
!m 发布：协会秘书处　点击：158
{BODY}
!a 会员单位可登录后下载会议材料
!l 上一篇：第三届理事会第四次会议纪要
!m 协会秘书处电话：0836-5117002　邮箱：ycylqx@126.com
""",
        body="""
时间：2024年7月19日上午
地点：协会会议室
主持：会长 韩立本
出席：理事11人
列席：监事1人
记录：骆小清
会议讨论了《家用雾化器售后服务承诺（试行）》，经表决，11名理事全部同意，通过该承诺。会议议定：
一、各会员企业销售家用雾化器时，须向消费者发放清洗消毒说明，提供不少于一年的保修服务。
二、协会秘书处负责汇总各会员企业售后服务电话，在协会公众号上集中公布。
三、下次理事会于10月中旬召开。
""",
    ),
    dict(
        slug="company-rongyang-news-oxygen-cookie",
        site="融氧医疗官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.rongyang-med.com/news/company/20240926-81.html",
        title="融氧医疗发布新一代静音家用制氧机",
        record_title="融氧医疗发布新一代静音家用制氧机 - 新闻中心 - 融氧医疗",
        date="2024-09-26",
        notes=(
            "company site: cookie notice, service float, the title repeated glued before the news lead, a dotted date "
            "under the title is the page's date"
        ),
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>融氧医疗发布新一代静音家用制氧机 - 新闻中心 - 融氧医疗</title>
<script src="/assets/site.js"></script>
</head>
<body>
<header>⟦m 融氧医疗 RONGYANG MEDICAL⟧ <nav>⟦m 首页⟧ ⟦m 产品中心⟧ ⟦m 新闻中心⟧ ⟦m 服务支持⟧ ⟦m 关于融氧⟧</nav></header>
<div class="crumbs">⟦m 新闻中心 / 公司新闻⟧</div>
<article>
<h1>{T}</h1>
<time>⟦m 2024.09.26⟧</time>
<div class="article-body">
{BODY}
</div>
<div class="pager">⟦l 上一条：融氧医疗通过医疗器械质量管理体系复审⟧</div>
</article>
<div class="service-float">⟦w 在线客服　售前咨询⟧</div>
<div class="cookie">⟦d 本网站使用Cookie以提升浏览体验，继续浏览即表示您同意我们使用Cookie。⟧ <button>⟦a 我知道了⟧</button></div>
<footer>⟦m 郕阳融氧医疗器械有限公司　全国服务热线 400-855-0960⟧<br>⟦m 皖ICP备20019925号-1⟧</footer>
</body>
</html>
""",
        body="""
⟦t 融氧医疗发布新一代静音家用制氧机⟧9月25日，郕阳融氧医疗器械有限公司举行新品发布会，推出新一代静音家用制氧机。
新品采用双塔分子筛和低噪音压缩机，工作噪音降至38分贝，夜间使用不影响老人休息。机身重量比上一代减轻三成，带有滚轮，方便在家中移动。
公司研发负责人介绍，新品还增加了氧浓度实时监测功能，浓度低于设定值时会自动报警，家属可通过手机查看老人每天的用氧时长。
据悉，该产品已取得医疗器械注册证，将于10月起在各地医疗器械门店和线上渠道陆续上市。
""",
    ),
    dict(
        slug="company-lenglifang-recall-freezer-batches",
        site="冷立方电器 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.lenglifang.com/service/notice/2024-04-12.html",
        title="关于主动召回部分批次卧式冰柜的公告",
        record_title="售后通告 ◆ 关于主动召回部分批次卧式冰柜的公告 - 冷立方电器",
        date="2024-04-12",
        notes="a recall with its batches table; the recall line in the body beside the site's 400 sales line; 成文日期 at the end",
        page="""
!m 冷立方电器 · 冷藏冷冻专家
!m 首页 | 产品 | 服务 | 关于我们
!t 售后通告 ◆ 关于主动召回部分批次卧式冰柜的公告
{BODY}
!m 全国购机热线 400-6608-522
!a 关注冷立方服务号，在线报修更方便
!m © 郕阳冷立方电器有限公司　皖ICP备18002730号
""",
        indent="\u3000\u3000",
        body="""
近期，我公司在质量回访中发现，2023年11月至12月生产的部分BD-268型卧式冰柜，温控器接线端子存在松动可能，长期使用可能导致柜体发热。为保障用户安全，我公司决定主动召回上述产品。
召回批次如下：
型号　生产批号　数量（台）
BD-268　231106　1240
BD-268　231219　980
用户可查看冰柜背部铭牌上的生产批号，属于召回范围的，请拨打召回专线0836-8830265，我公司将安排售后人员免费上门更换温控器。
由此给您带来的不便，我们深表歉意。
郕阳冷立方电器有限公司
2024年4月12日
""",
    ),
    dict(
        slug="training-kangqiao-brochure-glucose-fees",
        site="康桥职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.kangqiaopx.com/course/tnb-zhaosheng.html",
        title="糖尿病家庭照护与血糖监测周末班招生简章",
        record_title="糖尿病家庭照护与血糖监测周末班招生简章 ▪ 冬季班招生 - 康桥职业培训学校",
        date=None,
        notes=(
            "training school: promo banner, consult float, a 400 line beside the brochure's own 报名 phone; a course "
            "table one row a paragraph; a brochure: no date"
        ),
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>糖尿病家庭照护与血糖监测周末班招生简章 ▪ 冬季班招生 - 康桥职业培训学校</title>
<script src="/js/kq.js"></script>
</head>
<body>
<div class="promo">⟦a 冬季报名立减100元，老学员推荐再减50元⟧</div>
<div class="kq-head">⟦m 康桥职业培训学校⟧ ⟦m 人社部门备案职业技能培训机构⟧ ⟦m 全国统一咨询热线 400-116-2780⟧</div>
<div class="kq-nav">⟦m 首页⟧ ⟦m 健康照护⟧ ⟦m 养老护理⟧ ⟦m 母婴护理⟧ ⟦m 学校简介⟧</div>
<div class="kq-course">
<h1>{T}</h1>
<div class="kq-body">
{BODY}
</div>
</div>
<div class="kq-float">⟦w 课程顾问在线　点我免费试听⟧</div>
<div class="kq-foot">⟦m 康桥职业培训学校　办学许可证号：5113032023000087⟧</div>
</body>
</html>
""",
        body="""
一、课程简介
本课程面向糖尿病患者家属、养老护理员和社区健康志愿者，由三甲医院内分泌科护士授课，讲练结合，帮助学员掌握家庭血糖监测和日常照护技能。
二、课程安排
课次　内容　学时
第一次　血糖仪操作与数据记录　4
第二次　低血糖识别与应急处理　4
第三次　饮食搭配与足部护理　4
三、收费标准：每人680元，含教材和练习用试纸；血糖仪由学校提供，学员也可带自己的血糖仪来练习。
四、报名方式：周一至周五到学校前台报名，或致电0836-6620817。
""",
    ),
    dict(
        slug="training-anxing-brochure-dashcam-list",
        site="邘水安行驾培学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="text",
        source="http://www.anxingjp.com/zs/wyc.html",
        title="网约车驾驶员岗前培训班招生简章",
        record_title="网约车驾驶员岗前培训班招生简章（随到随学）- 邘水安行驾培学校",
        date=None,
        notes="training school brochure with a numbered list; a trial-lesson prompt between paragraphs; no date",
        page="""
!m 邘水安行驾培学校 · 学车就找安行
!m 首页 > 招生信息 > 网约车培训
{T}
!m 更新于 6 天前　浏览 1021
{BODY}
!w 报名咨询微信：anxing_jp2024（备注“网约车”）
!l 热门课程：C1手动挡周末班　｜　货运从业资格培训　｜　老年人驾照体检代办
!m 邘水安行驾培学校　地址：邘水县城关镇车站路18号
""",
        indent="\u3000\u3000",
        body="""
一、培训对象：持有C1及以上驾驶证、驾龄满3年、准备从事网约车运营的驾驶员。
二、培训内容：
1. 道路运输法规和网约车管理规定；
2. 安全驾驶与应急处置；
3. 行车记录仪和车载监控设备的使用与维护；
4. 服务礼仪与乘客纠纷处理。
⟦a 先来试听一节，满意再报名⟧
三、培训时间：理论课12学时，实操课8学时，周末班和晚班可选。
四、培训费用：每人980元，考试不通过可免费重修一次。
报名时请携带身份证、驾驶证原件及复印件、一寸白底照片2张。
""",
    ),
    dict(
        slug="app-bilingfan-report-nebulizer-headnurse",
        site="笔灵范文APP (invented writing app H5 share)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.bilingfanwen.com/share/article?id=7716032&from=wx",
        title="儿科雾化治疗室护士长2024年度述职报告",
        record_title="儿科雾化治疗室护士长2024年度述职报告（护理岗年终交差版）· 笔灵范文APP",
        date="2024-12-25",
        notes=(
            "writing app H5 share: open-app mask, fold, AI-rewrite buttons glued after a sentence, a member line; "
            "the 述职人 line and date at the end"
        ),
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>儿科雾化治疗室护士长2024年度述职报告（护理岗年终交差版）· 笔灵范文APP</title>
<script src="https://h5.bilingfanwen.com/static/share.js"></script>
</head>
<body>
<div class="open-app">⟦a 打开笔灵APP，万篇范文随身带⟧ <button>⟦a 打开⟧</button></div>
<div class="art">
<h1>{T}</h1>
<div class="meta">⟦m 笔灵范文 · 述职报告 · 2.6万人看过⟧</div>
<div class="content">
{BODY}
</div>
<div class="fold">⟦a 展开剩余72%⟧</div>
<div class="vip">⟦a 开通笔灵会员，解锁全文和一键导出Word⟧</div>
</div>
<div class="mask">⟦a 在APP内打开，阅读体验更佳⟧</div>
<div class="foot">⟦m 笔灵范文 © 2024　鄂ICP备22007718号-3A⟧</div>
</body>
</html>
""",
        body="""
2024年，在护理部和科室的领导下，我带领雾化治疗室7名护士，围绕安全、规范、舒适三个目标开展工作。现将履职情况报告如下。
一、规范操作流程。修订雾化治疗操作规程，推行“一人一杯一面罩”，全年完成雾化治疗4.2万人次，未发生交叉感染。⟦a AI改写这段　换个说法⟧
二、改善就诊体验。增设儿童等候区，摆放绘本和玩具，高峰时段实行分时段叫号，患儿平均等候时间由25分钟缩短到12分钟。
三、加强带教培训。带教新护士3名、进修护士5名，组织雾化器清洗消毒技能考核2次。
不足之处是对家长的居家雾化指导还不够系统。明年我将编写居家雾化指导手册，发放给每一位患儿家长。
述职人：骆敏
2024年12月25日
""",
    ),
    dict(
        slug="app-xiezuomao-request-oxygen-oneline",
        site="写作猫APP (invented writing app)",
        style="范文APP",
        genre="请示",
        kind="other",
        form="text",
        source="https://m.xiezuomao.cn/s/qingshi/55102",
        title="关于购置制氧机的请示",
        record_title="关于购置制氧机的请示（养老机构通用）｜写作猫APP",
        date="2024-10-28",
        notes="writing app share with the whole request on one line; app prompts above and below; 成文日期 at the end",
        page="""
!a 写作猫APP　打开App
!t 关于购置制氧机的请示（养老机构通用）
!m 写作猫 · 公文范文 · 1.1万次阅读
{BODY}
!a 复制全文需开通写作猫会员
!l 你可能还需要：关于申请养老服务补贴的请示 ｜ 敬老院年度工作总结
!m 写作猫 xiezuomao.cn
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
县民政局：
我院现有入住老人86人，其中患慢阻肺、肺心病需要长期吸氧的老人11人。目前院内仅有制氧机2台，且已使用6年，出氧浓度明显下降，无法满足老人用氧需求。
为保障老人健康，我院拟购置5升医用制氧机6台，经市场询价，每台约4500元，共需资金2.7万元，其中我院自筹1万元，其余1.7万元恳请县民政局给予补助。
妥否，请批示。
嵖坪镇敬老院
2024年10月28日
""",
    ),
]
