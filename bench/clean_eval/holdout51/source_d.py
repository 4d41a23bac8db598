"""holdout51, part D. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="tender-luchuan-brine-pipe-html",
        site="卤川公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.luchuan.gov.cn/jyxx/zfcg/cggg/20250811/00417.html",
        title="卤川盐场输卤管道更新改造工程招标公告",
        record_title=None,
        date="2025-08-11",
        notes="tender portal; lot table; purchaser and agency contacts beside the CA hotline and service desk",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>卤川公共资源交易网</title></head>
<body>
<div class="top">⟦m 卤川县公共资源交易中心⟧ ⟦a 投标人登录⟧ ⟦a CA证书办理⟧</div>
<div class="nav">⟦m 交易信息⟧ ⟦m 政策法规⟧ ⟦m 办事指南⟧ ⟦m 诚信体系⟧</div>
<div class="crumb">⟦m 首页 ＞ 交易信息 ＞ 工程建设 ＞ 招标公告⟧</div>
<h2>{T}</h2>
<div class="inf">⟦m 【信息时间：2025-08-11】　【阅读次数：655】⟧</div>
<div class="ewb-info">
{BODY}
</div>
<div class="btns">⟦a 【我要投标】⟧ ⟦a 【打印本页】⟧ ⟦a 【关闭】⟧</div>
<div class="foot">⟦m CA数字证书服务热线：400-628-0901⟧ ⟦m 交易中心服务台：0871-6615008⟧ ⟦d 本网所发布信息的真实性由发布主体负责⟧</div>
</body></html>
""",
        body="""
卤川盐场输卤管道更新改造工程已批准建设，资金来源为企业自筹，现对该项目进行公开招标。
一、项目概况：更新改造东区输卤主管道3.6公里，配套阀门井及检修便道。
二、标段划分：
标段　内容　最高限价（万元）
一标段　主管道铺设　468.00
二标段　阀门井及便道　132.50
三、投标人资格：具备市政公用工程施工总承包三级及以上资质。
四、招标文件获取：2025年8月12日至8月18日，登录交易平台免费下载。
五、联系方式
招标人：卤川盐业有限公司　联系人：甘如海　电话：0871-6620417
招标代理：卤川正衡工程咨询有限公司　联系人：缪青　电话：0871-6631290
""",
    ),
    dict(
        slug="tender-chaping-press-result-text",
        site="茶坪县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zfcg.chaping.gov.cn/zbgg/20251203/2210.html",
        title="茶坪县油茶初加工中心榨油设备采购项目中标结果公告",
        date="2025-12-03",
        record_date="2025-12-03",
        notes="bid result table; 公告期限 sentence; publish line; supervision phone chrome",
        page="""
!m 茶坪县政府采购网
!m 您当前所在：首页 → 采购公告 → 中标（成交）结果公告
{T}
!m 发布时间：2025-12-03 16:20　　来源：茶坪县公共资源交易中心
{BODY}
!m 采购监督投诉电话：0745-3120115（县财政局政府采购股）
!l 上一条：茶坪县乡村道路养护项目竞争性磋商公告
!l 下一条：茶坪县第一中学食堂食材配送项目更正公告
""",
        body="""
一、项目编号：CPCG-2025-118
二、项目名称：茶坪县油茶初加工中心榨油设备采购项目
三、中标信息：
包号　中标供应商　中标金额（元）
1　茶坪县丰禾农机有限公司　1,286,000.00
2　湘南油脂机械制造有限公司　764,500.00
四、公告期限：自本公告发布之日起1个工作日。
五、凡对本次公告内容提出询问，请按以下方式联系：采购人茶坪县农业农村局，联系人龚女士，电话0745-3126642。
""",
    ),
    dict(
        slug="lawfirm-tongyu-trademark-html",
        site="桐雨律师事务所 (invented)",
        style="律所网站",
        genre="其他",
        kind="other",
        form="html",
        source="https://www.tongyulaw.cn/guandian/2025/0415/82.html",
        title="油纸伞手艺人如何保护自己的商标和外观设计",
        record_title="律所观点｜油纸伞手艺人如何保护自己的商标和外观设计",
        date="2025-04-15",
        notes="law firm with consult float; 发布日期 byline; numbered advice list; disclaimer",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>油纸伞手艺人如何保护自己的商标和外观设计_桐雨律师事务所</title></head>
<body>
<header>⟦m 桐雨律师事务所⟧ ⟦m 专注知识产权与非遗保护⟧ <nav>⟦m 律所简介⟧ ⟦m 专业领域⟧ ⟦m 律师团队⟧ ⟦m 律所观点⟧ ⟦m 联系我们⟧</nav></header>
<div class="float-consult">⟦w 免费法律咨询 立即拨打 0856-6608899⟧</div>
<main><h1>{T}</h1>
<p class="date">⟦m 发布日期：2025-04-15　作者：刘知桐 律师⟧</p>
{BODY}
<p class="disc">⟦d 本文仅为一般性法律信息，不构成对具体案件的法律意见。⟧</p>
</main>
<aside>⟦l 热门文章⟧ ⟦l 非遗传承人的著作权问题⟧ ⟦l 网店被投诉侵权怎么办⟧</aside>
<footer>⟦m 地址：漆原县桐花大道58号汇金大厦12层⟧ ⟦m 黔ICP备20011458号⟧</footer>
</body></html>
""",
        body="""
近年来，伞坪油纸伞名气越来越大，市场上仿冒伞坪手艺人品牌和图案的现象也多了起来。不少手艺人来所里咨询，这里统一谈几点建议。
第一，尽早注册商标。手艺人可以用自己的作坊名称或个人标识申请注册，类别一般选择第18类（伞）。
第二，对独创的伞面图案申请外观设计专利，或者进行作品著作权登记，保存好创作底稿。
第三，发现侵权后注意保存证据，可以在网购平台下单购买并进行公证，再通过平台投诉或向法院起诉。
第四，地理标志可由镇里的行业协会统一申请，手艺人按规则使用。
""",
    ),
    dict(
        slug="lawfirm-mingtai-pesticide-text",
        site="明台律所 (invented)",
        style="律所网站",
        genre="其他",
        kind="other",
        form="text",
        source="http://www.mingtailawyer.com/case/2025/0722/17.html",
        title="以案说法：邻居打药毒死蜜蜂，蜂农能否索赔？",
        record_title="以案说法：邻居打药毒死蜜蜂，蜂农能否索赔？ - 明台律所",
        date="2025-07-22",
        notes="law firm case article; consult prompts glued after a sentence and between paragraphs",
        page="""
!m 明台律所　MINGTAI LAW FIRM
!m 首页 | 案例解析 | 律师团队 | 在线咨询
{T}
!m 2025年07月22日　来源：明台律所　阅读 340
{BODY}
!w 遇到类似纠纷？拨打律所热线 0855-7319988 预约面谈
!l 【上一篇】农村宅基地纠纷典型案例　【下一篇】雇工受伤谁来赔
!m 明台律师事务所 版权所有
""",
        body="""
【基本案情】2024年5月，蜜坳县某村蜂农王某的120箱中蜂大量死亡。经查，邻近果园主李某在果树花期喷洒了高毒农药，且未提前告知周边蜂农。王某要求李某赔偿损失，双方协商未果，诉至法院。
【法院判决】法院审理认为，李某在花期施用对蜜蜂高毒的农药，未履行告知义务，存在过错，应承担赔偿责任。⟦w 免费咨询请点右下角⟧判决李某赔偿王某蜂群及蜂蜜损失共计4.3万元。
【律师提示】果农施药前应提前三天告知周边蜂农，蜂农也要注意保存蜂群数量、死亡情况的照片和视频，必要时请畜牧部门出具鉴定意见。
""",
    ),
    dict(
        slug="community-xingguang-stargazing-html",
        site="星光社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://xgsq.xingyuan.net/sqgg/2025/0810/66.html",
        title="关于举办“邻里观星夜”活动的通知",
        record_title=None,
        date="2025-08-08",
        notes="residents' site; no record title; title repeated twice; document's own grid worker phone beside the community service line",
        page="""
<html><head><meta charset="utf-8"><title>星光社区服务网</title></head>
<body>
<div class="hd">⟦m 星光社区服务网　您身边的社区管家⟧</div>
<div class="nav">⟦m 社区公告⟧ ⟦m 便民服务⟧ ⟦m 志愿活动⟧ ⟦m 党群之家⟧</div>
<div class="notice-title"><h2>{T}</h2></div>
<div class="sub">⟦m 社区居委会　2025-08-08　人气：156⟧</div>
<div class="share">⟦l 转发给邻居⟧</div>
<div class="bd">
{BODY}
</div>
<div class="again">⟦t 关于举办“邻里观星夜”活动的通知⟧</div>
<div class="ft">⟦m 社区服务电话：0873-5159600（周一至周日 8:30-20:00）⟧ ⟦m 地址：星垣市星光路20号⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
8月12日晚将迎来英仙座流星雨极大期。社区联合星垣天文台志愿者团队举办“邻里观星夜”活动，欢迎大家带上家人一起参加。
时间：8月12日晚20:30—23:00
地点：社区中心广场（如遇阴雨天气顺延）
活动内容：望远镜观月、星座讲解、流星雨观测小知识问答。
报名方式：请在社区居民群内接龙报名，或联系网格员唐小雨，电话：13908731266。
星光社区居民委员会
2025年8月8日
""",
    ),
    dict(
        slug="community-zhifang-fire-notice-text",
        site="纸坊街社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.zhifangjie.cn/gg/2025112101.html",
        title="纸坊街社区冬季消防安全告知书",
        record_title="纸坊街社区冬季消防安全告知书【社区通知】",
        date="2025-11-21",
        notes="decorated with a bracketed suffix; one-line body; a body sentence about following the fire account",
        page="""
!m 纸坊街社区网　楮原县楮溪镇
{T}
!m 发布：社区居委会　日期：2025/11/21
{BODY}
!a 分享本页到微信　|　打印告知书
!m 社区值班电话：0563-4127750
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
纸坊街沿街作坊多、纸张等可燃物多，冬季用火用电增加，火灾风险较高。为保障居民生命财产安全，现告知如下：
一、晒纸房、仓库内严禁使用电炉、小太阳等大功率取暖设备。
二、电动自行车不得在楼道、门厅停放充电。
三、各作坊须配备灭火器，并每月检查一次压力。
四、请居民关注县消防救援大队公众号，学习家庭火灾逃生知识。
纸坊街社区居民委员会
2025年11月21日
""",
    ),
    dict(
        slug="assoc-huangxi-council-minutes-html",
        site="篁溪县竹编行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://www.hxzbxh.org.cn/xhdt/2025/1208/38.html",
        title="篁溪县竹编行业协会第二届理事会第三次会议纪要",
        record_title="协会动态｜篁溪县竹编行业协会第二届理事会第三次会议纪要",
        date="2025-12-06",
        notes="association site with member login; minutes' lines and a vote count kept; members-only line between paragraphs",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>篁溪县竹编行业协会</title></head>
<body>
<div class="hd">⟦m 篁溪县竹编行业协会⟧ ⟦a 会员登录⟧ ⟦a 申请入会⟧</div>
<div class="nav">⟦m 协会概况⟧ ⟦m 协会动态⟧ ⟦m 会员风采⟧ ⟦m 政策法规⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 协会秘书处　发布于 2025-12-08⟧</div>
<div class="content">
{BODY}
</div>
<div class="ft">⟦m 协会地址：篁溪县竹乡大道168号　秘书处邮箱：hxzbxh@163.com⟧</div>
</body></html>
""",
        body="""
时间：2025年12月6日下午2:30
地点：篁溪县竹编产业园会议室
主持：协会会长 麦守竹
出席：理事19人（应到21人）
记录：秘书处 尤小篁
会议审议并通过以下事项：
一、审议通过《协会2025年工作报告》，表决结果：同意19票，反对0票，弃权0票。
⟦a 以下内容仅对会员开放，登录后查看全文⟧
二、同意吸收篁溪巧手竹艺等5家企业为协会新会员。
三、决定2026年春季组团参加广交会，由秘书处负责筹备。
""",
    ),
    dict(
        slug="assoc-qiyi-pledge-text",
        site="漆原县工艺美术协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.qygmxh.org/tz/2025/03/1102.html",
        title="关于规范使用天然生漆的行业倡议",
        record_title="[协会倡议] 关于规范使用天然生漆的行业倡议（请各会员单位转发）",
        date="2025-03-15",
        notes="bracketed prefix and parenthetical suffix; a share-and-forward sentence of the document kept",
        page="""
!m 漆原县工艺美术协会　　匠心 传承 创新
!m 首页 / 通知公告 / 正文
{T}
!m 发布时间：2025-03-15　|　来源：协会秘书处
{BODY}
!l 相关链接：会员名录　入会须知　行业标准
!d ©漆原县工艺美术协会 保留所有权利
""",
        body="""
各会员单位：
近年来，市场上出现以化学漆冒充天然生漆、以“腰果漆”冒充大漆的现象，严重损害漆原漆器的声誉。为此，协会向全体会员倡议：
一、如实标注用漆种类，天然生漆制品与化学漆制品分开陈列、分开销售。
二、不采购、不使用来路不明的生漆原料，建立原料进货台账。
三、自觉接受协会组织的抽检，抽检结果在协会网站公示。
请各会员单位将本倡议转发至本单位全体员工。
漆原县工艺美术协会
2025年3月15日
""",
    ),
    dict(
        slug="corp-chaping-recall-html",
        site="茶坪山油食品有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.chapingshanyou.com/news/show-205.html",
        title="关于主动召回部分批次“山油坊”茶油的公告",
        record_title="关于主动召回部分批次“山油坊”茶油的公告-茶坪山油食品有限公司",
        date="2025-10-15",
        notes="company site with cookie bar and shop link; recall batch table; recall line beside the sales hotline",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于主动召回部分批次“山油坊”茶油的公告-茶坪山油食品有限公司</title></head>
<body>
<div class="cookie">⟦a 本网站使用Cookie以改善浏览体验，继续浏览即表示同意　[我知道了]⟧</div>
<header>⟦m 茶坪山油⟧ <nav>⟦m 关于我们⟧ ⟦m 产品中心⟧ ⟦m 新闻资讯⟧ ⟦m 联系我们⟧</nav> ⟦a 官方商城⟧</header>
<div class="crumb">⟦m 首页 / 新闻资讯 / 企业公告⟧</div>
<h1>{T}</h1>
<div class="time">⟦m 2025-10-15⟧</div>
<div class="body">
{BODY}
</div>
<footer>⟦m 销售热线：400-875-3366⟧ ⟦m 湘ICP备17028810号⟧ ⟦d Copyright © 茶坪山油食品有限公司⟧</footer>
</body></html>
""",
        body="""
我公司在自检中发现，部分批次“山油坊”压榨茶油酸价指标接近标准上限。为保障消费者权益，公司决定主动召回以下批次产品：
规格　生产日期　批号
5L桶装　2025年8月3日　SYF250803
2.5L桶装　2025年8月5日　SYF250805
已购买上述批次产品的消费者，可凭产品到原购买网点办理退货，或拨打召回专线0745-3157008联系上门取件。
给消费者带来的不便，我们深表歉意。
茶坪山油食品有限公司
2025年10月15日
""",
    ),
    dict(
        slug="corp-chuyuan-mill-news-text",
        site="楮原宣纸厂官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.chuyuanxuanzhi.com/news/2025/09/15.html",
        title="我厂宣纸作品亮相国际纸文化博览会",
        date="2025-09-15",
        record_date="2025-09-15",
        notes="company news; dotted company date; tag line and contact block",
        page="""
!m 楮原宣纸厂　始于1956
!m 首页　企业简介　产品展示　新闻中心　在线订购　联系我们
!m 新闻中心 ＞ 企业新闻
{T}
!m 2025.09.15　作者：厂办
{BODY}
!l 标签：宣纸　博览会　古法造纸
!a 在线订购宣纸请点击“在线订购”栏目，支持批发零售
!m 电话：0563-4118020　传真：0563-4118021　地址：楮原县楮溪镇纸坊街88号
""",
        indent="\u3000\u3000",
        gap=True,
        body="""
9月12日至14日，第六届国际纸文化博览会在杭州举行，我厂选送的古法四尺净皮宣、仿古洒金笺等12件作品参展。
展会期间，我厂抄纸师傅现场演示捞纸技艺，吸引了众多观众驻足观看。来自日本、韩国的造纸同行与我厂就原料配比、晒纸工艺进行了交流。
展会上，我厂与三家文化企业签订了供货意向协议，金额共计180万元。
""",
    ),
    dict(
        slug="training-yingyi-puppet-course-html",
        site="影艺坊培训中心 (invented)",
        style="培训机构",
        genre="其他",
        kind="other",
        form="html",
        source="https://www.yingyifang.cn/kc/piying-2026.html",
        title="2026年春季皮影雕刻与表演研修班招生简章",
        record_title="【名额有限】2026年春季皮影雕刻与表演研修班招生简章（附课程表）",
        date="2026-01-06",
        notes="training school; course table; the school's 报名电话 kept beside a consult WeChat and a 400 line; trial-class prompt between paragraphs",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>影艺坊培训中心 - 课程详情</title></head>
<body>
<div class="hd">⟦m 影艺坊培训中心⟧ ⟦m 非遗技艺 终身学习⟧ ⟦a 在线报名⟧</div>
<div class="crumb">⟦m 首页 » 课程中心 » 非遗研修⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布：教务处　2026-01-06　已有 328 人关注⟧</div>
<div class="course">
{BODY}
</div>
<div class="fl">⟦w 课程顾问微信：yyf_piying⟧ ⟦m 全国统一咨询：400-113-6270⟧</div>
<footer>⟦d 最终解释权归影艺坊培训中心所有⟧</footer>
</body></html>
""",
        body="""
为传承影川皮影技艺，培养皮影雕刻和表演人才，本中心联合影川县皮影艺术研究会举办2026年春季研修班。
一、招生对象：皮影爱好者、美术及戏曲专业学生、中小学美术教师，每期20人。
二、课程安排：
模块　课时　主讲
皮影造型与画稿　24　雕刻艺人 贺长庚
牛皮处理与雕刻　48　雕刻艺人 贺长庚
唱腔与操纵表演　32　研究会 苗晓灯
⟦a 不确定适不适合？先约一节免费体验课⟧
三、学费：每人3800元（含材料费），研究会会员减免500元。
四、报名电话：0827-5573911（中心教务处）
""",
    ),
    dict(
        slug="training-miao-beekeeping-text",
        site="蜜坳农民田间学校 (invented)",
        style="培训机构",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.miaotjxx.cn/pxbm/2025/0301/27.html",
        title="2025年中蜂养殖技术培训班开班计划",
        record_title="2025年中蜂养殖技术培训班开班计划（免学费）",
        date="2025-03-01",
        notes="training school text page; sign-up prompts chrome; document's own contact kept",
        page="""
!m 蜜坳农民田间学校｜学技术 找门路
!m 培训报名 > 养殖类
{T}
!m 发布于 2025-03-01　　已报名 86 人
!a 【一键报名】【咨询老师】【收藏课程】
{BODY}
!w 名额紧张！添加招生老师微信 miaotj2025 优先锁位
!l 其他课程：食用菌栽培　农村电商直播　茶叶加工
""",
        body="""
为帮助农民掌握中蜂科学养殖技术，学校定于2025年3月至5月举办中蜂养殖技术培训班。
一、培训时间：3月18日—3月22日（第一期），4月15日—4月19日（第二期）。
二、培训内容：蜂群春繁管理、人工育王、病虫害防治、蜂蜜采收与储存、蜂产品网络销售。
三、培训方式：理论授课与蜂场实操相结合，实操在县中蜂保种场进行。
四、培训费用：免收学费，学员自理往返交通费。
联系人：祁老师　电话：0855-7340018
""",
    ),
]
