"""holdout151, part B: green plums (青梅) — growers, wineries, picking seasons. Invented text
(sites, places, people, numbers); written by hand case by case, see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="anthology-meiling-plum-memoir-oneline",
        site="梅岭旧事文集 (invented)",
        style="个人文集",
        genre="随笔",
        kind="other",
        form="text",
        source="https://www.meilingjiushi.example.com/juan2/p34.html",
        title="父亲的青梅园",
        record_title="《梅岭旧事》卷二·第34篇｜父亲的青梅园",
        date=None,
        notes="collection chapter on one line; 写于 year only, no date; chapter navigation at the bottom",
        oneline=True,
        indent="　　",
        page="""
!m 梅岭旧事 · 卷二 · 山居
{T}
!m 作者：蓝守诚　字数：约400字　写于乙巳年
{BODY}
!l 上一篇：竹林里的夏天　　下一篇：母亲的腌梅坛
!l 返回目录
!d 本文集内容版权归作者所有，未经许可请勿转载
""",
        body="""
父亲一辈子只做了一件事，就是在后山种青梅。
他种的青梅个大皮薄，每年清明过后，满山的梅子由小变大，由青转黄，山坡上都是酸酸的香气。
摘梅子的时候全家出动，父亲爬到树上，我们在树下张开竹席接着。
父亲常说，梅子酸，日子甜，这话我到今天才算真正懂了。
""",
    ),
    dict(
        slug="dangjian-qingshan-plum-branch-speech",
        site="青山县党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.qsdj.example.gov.cn/zbfc/2025/0521/9981.html",
        title="在青梅产业党建联盟成立大会上的讲话",
        record_title="【党建联盟】在青梅产业党建联盟成立大会上的讲话_青山县党建网",
        date="2025-05-21",
        notes="Party-building portal: 字号 row, study-points float glued after a paragraph, speaker line neutral; byline 发布时间",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【党建联盟】在青梅产业党建联盟成立大会上的讲话_青山县党建网</title></head><body>
<div class="banner">⟦m 青山县党建网　不忘初心　牢记使命⟧</div>
<nav>⟦m 首页 | 党建要闻 | 支部风采 | 学习园地 | 党务公开⟧</nav>
<h1>{T}</h1>
<div class="speaker">县委组织部副部长　翁立群</div>
<div class="info">⟦m 发布时间：2025-05-21　来源：县委组织部　浏览：732⟧　⟦a 字号：大 中 小⟧</div>
<div class="article">
{BODY}
</div>
<aside><h4>⟦l 支部风采⟧</h4><ul><li>⟦l 茶山村党支部开展主题党日⟧</li><li>⟦l 三溪镇“党员示范岗”挂牌⟧</li></ul></aside>
<footer>⟦m 中共青山县委组织部主办　地址：青山县人民路9号⟧<br>⟦m 闽ICP备12003314号⟧</footer>
</body></html>
""",
        body="""
同志们：
今天，青梅产业党建联盟正式成立了，这是我们把支部建在产业链上的一次新探索。
联盟由6个村党支部、3家加工企业党支部和2个合作社党支部组成，覆盖青梅种植、加工、销售全链条。⟦a 学习积分+2，点击领取⟧
希望联盟各成员单位加强联建共建，在技术推广、品牌打造、市场开拓上形成合力。
让我们以党建联盟为纽带，把小青梅做成富民大产业。
""",
    ),
    dict(
        slug="hospital-zhongxin-plum-wine-warning",
        site="青山县中医院 (invented)",
        style="医院官网",
        genre="健康科普",
        kind="other",
        form="html",
        source="https://www.qszyy.example.com/jkkp/2025/0610/733.html",
        title="自泡青梅酒，这几点一定要注意",
        record_title="自泡青梅酒，这几点一定要注意_健康科普_青山县中医院",
        date="2025-06-10",
        notes="hospital page: floating booking box, 预约挂号 line and 24-hour line beside the department's own 咨询电话 kept in the body",
        page="""
<html><head><meta charset="utf-8"><title>自泡青梅酒，这几点一定要注意_健康科普_青山县中医院</title></head><body>
<div class="head">⟦m 青山县中医院　二级甲等中医医院⟧ ⟦m 预约挂号：0599-7731120⟧ ⟦m 24小时急诊：0599-7731120转8⟧</div>
<nav>⟦m 医院概况　科室导航　专家介绍　就医指南　健康科普⟧</nav>
<div class="pos">⟦m 您现在的位置：首页 > 健康科普⟧</div>
<h3>{T}</h3>
<div class="info">⟦m 作者：营养科 饶春燕　日期：2025-06-10　阅读：1830⟧</div>
{BODY}
<div class="float">⟦w 在线问诊　扫一扫添加健康管家⟧</div>
<div class="related">⟦l 推荐阅读：夏季饮食八忌⟧ ⟦l 推荐阅读：酒后胃痛怎么办⟧</div>
<footer>⟦d 本站健康科普内容仅供参考，不能代替医生面诊⟧<br>⟦m 闽ICP备17022019号⟧</footer>
</body></html>
""",
        body="""
每到五六月，不少市民喜欢买青梅自己泡酒，但自泡青梅酒也有讲究。
一是青梅要洗净晾干，去掉果蒂，破损的梅子不要用。
二是泡酒宜用50度左右的粮食酒，不要用工业酒精勾兑的散酒。
三是青梅酒再好也是酒，每次饮用不宜超过50毫升，孕妇和肝病患者不宜饮用。
如有饮酒后不适，可到我院营养科咨询，咨询电话：0599-7731265。
""",
    ),
    dict(
        slug="university-nonglin-plum-research-news",
        site="闽山农林学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.mslxy.example.edu.cn/info/1022/18803.htm",
        title="我校青梅保鲜技术团队获省科技进步二等奖",
        record_title="我校青梅保鲜技术团队获省科技进步二等奖-闽山农林学院新闻网",
        date="2025-01-16",
        record_date="2025-01-16",
        notes="university news: 审核/编辑 credits glued after the last paragraph; 点击数 line; 上一条/下一条",
        page="""
!m 闽山农林学院新闻网
!m 首页　学院要闻　科研动态　校园文化　媒体农林
{T}
!m 作者：宣传部 黄嘉怡　来源：食品学院　发布日期：2025-01-16　点击数：1406
{BODY}
!l 上一条：我校召开2025年寒假安全工作会议
!l 下一条：食品学院举办青年教师讲课比赛
!m 地址：闽山市学府路88号　邮编：353200
""",
        body="""
近日，省科学技术奖励大会公布获奖名单，我校食品学院青梅保鲜技术团队完成的“青梅采后保鲜与精深加工关键技术”项目获省科技进步二等奖。
该团队历时八年，攻克了青梅采后褐变快、保鲜期短等难题，将青梅常温保鲜期由5天延长到20天。
项目成果已在青山、梅溪等县的12家企业推广应用，新增产值3.6亿元。⟦m （审核：林振华　编辑：黄嘉怡）⟧
""",
    ),
    dict(
        slug="localforum-meixi-plum-price-jammer",
        site="梅溪论坛 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.meixi.example.net/forum.php?mod=viewthread&tid=73312",
        title="今年青梅收购价出来了，大家卖了没？",
        record_title="今年青梅收购价出来了，大家卖了没？ - 三农话题 - 梅溪论坛",
        date="2025-05-06",
        notes="county forum with jammer fonts (junk); weather widget; price table kept; 发表于 as the page's date",
        junk=dict(lines=1, glued=1),
        page="""
<html><head><meta charset="gbk"><title>今年青梅收购价出来了，大家卖了没？ - 三农话题 - 梅溪论坛</title></head><body>
<div id="hd">⟦m 梅溪论坛 — 梅溪人自己的网上家园⟧ <span>⟦m 今日 梅溪 多云 18~27℃⟧</span></div>
<div id="pt">⟦m 梅溪论坛 › 生活 › 三农话题⟧</div>
<h1>{T}</h1>
<div class="authi">⟦m 梅林老蔡　发表于 2025-5-6 20:13⟧ ⟦m 查看: 4127 | 回复: 63⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="pob">⟦l 回复　支持　反对　举报⟧</div>
<div class="sign">⟦l 签名：卖梅子的老蔡，欢迎来后山摘梅⟧</div>
<div id="ft">⟦a 登录后才能发表评论，还没有账号？立即注册⟧<br>⟦m Powered by Discuz!⟧</div>
</body></html>
""",
        body="""
今天镇上几个收购点都挂牌了，我把价格抄下来给大家参考。
规格　收购价（元/斤）
单果25克以上　2.6
单果18至25克　1.9
统货　1.2
今年雨水多，个头普遍偏小，价格比去年低了两毛左右。
我家的还没卖，想再等几天看看，大家怎么打算？
""",
    ),
    dict(
        slug="download-nongzi-plum-grafting-table",
        site="农资资料下载站 (invented)",
        style="资料下载站",
        genre="技术资料",
        kind="other",
        form="html",
        source="http://www.nongzixz.example.com/soft/12088.html",
        title="青梅嫁接育苗技术规程",
        record_title="青梅嫁接育苗技术规程.doc下载_农资资料下载站",
        date=None,
        notes="old table layout: file-info table, three mirror links, dead-link report, unzip password; update stamp is no date; decimal headings kept",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>青梅嫁接育苗技术规程.doc下载_农资资料下载站</title></head><body>
<table width="980"><tr><td>⟦m 农资资料下载站 www.nongzixz.example.com⟧</td><td>⟦a 会员登录⟧ ⟦a 免费注册⟧</td></tr></table>
<table width="980"><tr><td>⟦m 当前位置：首页 → 种植技术 → 果树⟧</td></tr></table>
<table width="980" border="1">
<tr><td>⟦m 资料名称：青梅嫁接育苗技术规程⟧</td><td>⟦m 资料大小：86 KB⟧</td></tr>
<tr><td>⟦m 更新时间：2025-02-11 09:30:12⟧</td><td>⟦m 下载次数：327⟧</td></tr>
</table>
<h3>{T}</h3>
<div>⟦m 资料简介：⟧</div>
{BODY}
<table width="980"><tr><td>⟦a 下载地址：电信下载一⟧　⟦a 联通下载二⟧　⟦a 备用下载三⟧</td></tr>
<tr><td>⟦a 链接失效请点此报告⟧　⟦d 解压密码：www.nongzixz.example.com⟧</td></tr></table>
<table width="980"><tr><td>⟦d 本站资料均来自网络收集，如有侵权请来信告知，我们将及时删除⟧</td></tr></table>
</body></html>
""",
        body="""
1 范围
本规程规定了青梅嫁接育苗的砧木培育、接穗采集、嫁接方法和苗木出圃要求。
2 砧木培育
2.1 砧木选用本地野生梅或毛桃实生苗，苗高40厘米以上、地径0.6厘米以上时即可嫁接。
2.2 砧木苗圃应选择排水良好、土层深厚的沙壤土。
3 嫁接方法
3.1 春季采用切接法，秋季采用芽接法。
3.2 嫁接后15天检查成活情况，未成活的及时补接。
""",
    ),
    dict(
        slug="exam-qingshan-plum-station-recruit",
        site="青山县人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://rsks.qingshan.example.gov.cn/kwgg/2025/0303/281.html",
        title="青山县青梅技术推广站2025年公开招聘专业技术人员公告",
        record_title="【考务公告】青山县青梅技术推广站2025年公开招聘专业技术人员公告",
        date="2025-03-03",
        notes="exam site: the committee's 咨询电话 kept beside the site's technical-support line; post table; 准考证 下载打印 sentence kept",
        page="""
!m 青山县人事考试网
!m 首页 ＞ 考务公告 ＞ 事业单位招聘
{T}
!m 发布时间：2025-03-03　浏览次数：3318
{BODY}
!a 【打印】　【关闭】
!m 网站技术支持：0599-7760012（工作日9:00-17:00）
!d 版权所有 青山县人力资源和社会保障局
""",
        body="""
根据工作需要，青山县青梅技术推广站面向社会公开招聘专业技术人员2名，现将有关事项公告如下。
岗位　人数　专业要求
果树栽培　1　园艺、果树学
食品检测　1　食品科学与工程
报名时间为2025年3月10日至3月14日，报名采取网上报名方式。
考生请于3月25日起登录本网站下载打印准考证。
咨询电话：0599-7738091（县人社局事业单位管理股）。
青山县人力资源和社会保障局
2025年3月3日
""",
    ),
    dict(
        slug="tender-meixi-plum-cold-storage-result",
        site="梅溪县公共资源交易平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.meixi.example.gov.cn/jyxx/jsgc/zbgs/2025/0722/5521.html",
        title="梅溪县青梅冷链仓储中心建设项目中标结果公告",
        record_title="梅溪县青梅冷链仓储中心建设项目中标结果公告",
        date="2025-07-22",
        record_date="2025-07-22",
        notes="tender platform: CA hotline and platform hotline beside the purchaser's and agency's own contacts (kept); bid result table; countdown widget",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>梅溪县公共资源交易平台</title><script>var countdown=0;</script></head><body>
<div class="top">⟦m 梅溪县公共资源交易平台⟧ ⟦a 投标人登录⟧ ⟦a CA证书办理⟧</div>
<div class="crumb">⟦m 交易信息 » 工程建设 » 中标结果⟧</div>
<h2>{T}</h2>
<div class="sub">⟦m 信息来源：梅溪县公共资源交易中心　发布时间：2025-07-22 16:05⟧</div>
{BODY}
<div class="side">⟦l 最新公告⟧<ul><li>⟦l 梅溪县农贸市场改造项目招标公告⟧</li><li>⟦l 县三中运动场改造中标候选人公示⟧</li></ul></div>
<div class="footer">⟦m CA服务热线：400-866-2701⟧　⟦m 平台客服：0599-5183366⟧<br>⟦d 本平台发布信息以原件为准⟧</div>
</body></html>
""",
        body="""
一、项目名称：梅溪县青梅冷链仓储中心建设项目
二、中标信息
中标人　中标价（元）　工期
福闽建工集团有限公司　12,864,300.00　240日历天
三、公示期：2025年7月23日至7月25日。
四、联系方式
采购人：梅溪县农业农村局　联系人：詹先生　电话：0599-5120364
代理机构：闽泰工程咨询有限公司　联系人：卓女士　电话：0599-5136718
""",
    ),
    dict(
        slug="lawfirm-heyi-plum-contract-lecture",
        site="和一律师事务所 (invented)",
        style="律所网站",
        genre="文章",
        kind="other",
        form="text",
        source="https://www.heyilaw.example.com/shuofa/2025/412.html",
        title="青梅订单收购合同，签之前看清这四条",
        record_title="律师说法丨青梅订单收购合同，签之前看清这四条",
        date="2025-04-26",
        notes="law-firm article: lawyer card, consult widget, 'not legal advice' notice; numbered list kept; date in the byline",
        page="""
!m 和一律师事务所　HEYI LAW FIRM
!m 首页 / 律师说法 / 合同纠纷
{T}
!m 作者：彭泽宇 律师　发布：2025-04-26
{BODY}
!d 本文仅为普法之用，不构成对具体案件的法律意见。
!w 遇到合同纠纷？免费咨询热线 400-118-6290，律师在线解答
!l 延伸阅读：土地流转合同的五个常见坑
""",
        body="""
每年青梅上市前，不少果农会和收购商签订单合同，但因合同约定不清引发的纠纷也不少。
1.收购标准要写清楚，单果重量、成熟度、瑕疵比例都应量化。
2.价格条款要明确是固定价还是随行就市，随行就市的要约定参照哪个市场。
3.交货和验收的时间地点要写明，避免收购商拖延拒收。
4.违约责任要对等，不能只约定果农违约的责任。
""",
    ),
    dict(
        slug="community-lianhua-plum-picking-notice",
        site="莲花社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.lianhuasq.example.com/tz/2025/0422-77.html",
        title="关于组织居民参加青梅采摘亲子活动的通知",
        record_title="【社区公告】关于组织居民参加青梅采摘亲子活动的通知",
        date="2025-04-22",
        notes="residents' site: grid member's mobile kept beside the community hotline; 回执 blank kept; comment box",
        page="""
!m 莲花社区网 | 服务居民 温暖你我
{T}
!m 社区居委会　2025/04/22　阅读 276
!a 下载莲花社区APP，办事不用跑腿
{BODY}
!m 社区便民热线：0599-7003318
!l 居民留言（4）　我也说两句…
!l 前一条：关于楼道杂物清理的提示
""",
        body="""
各位居民朋友：
为丰富亲子生活，社区定于4月27日（周日）组织居民前往梅坑村开展青梅采摘活动。
活动名额30组家庭，每组限一大一小，往返大巴由社区统一安排。
报名请联系网格员温丽萍，手机13859920417。
回执：家长姓名________，孩子年龄________。
莲花社区居民委员会
2025年4月22日
""",
    ),
    dict(
        slug="association-qingmei-industry-pledge",
        site="梅溪县青梅产业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.mxqmxh.example.org.cn/xhdt/2025/0508/66.html",
        title="青梅诚信收购承诺书",
        record_title="【协会倡议】青梅诚信收购承诺书_梅溪县青梅产业协会",
        date=None,
        notes="association page with member login; pledge with blanks and 年月日 placeholders (no date); copyright footer",
        page="""
<html><head><meta charset="utf-8"><title>【协会倡议】青梅诚信收购承诺书_梅溪县青梅产业协会</title></head><body>
<div class="top">⟦a 会员单位登录⟧ ⟦a 申请入会⟧</div>
<div class="logo">⟦m 梅溪县青梅产业协会⟧</div>
<nav>⟦m 协会简介 · 协会动态 · 会员名录 · 行业标准 · 联系我们⟧</nav>
<h1>{T}</h1>
<div class="meta">⟦m 来源：协会秘书处　录入：小梅⟧</div>
{BODY}
<div class="share">⟦l 分享：微信 | QQ | 微博⟧</div>
<div class="foot">⟦d ©梅溪县青梅产业协会 版权所有⟧ ⟦m 地址：梅溪县城南工业区3号⟧</div>
</body></html>
""",
        body="""
为维护青梅收购市场秩序，保障果农合法权益，本单位郑重承诺：
一、不压级压价，按协会公布的分级标准收购。
二、不拖欠果款，收购当日结清货款。
三、不使用不合格衡器，自觉接受计量检查。
承诺单位（盖章）：________
负责人签字：________
年　　月　　日
""",
    ),
]
