"""holdout78, part B: an orthodontics department, a university ship-model team, a stilts troupe
on a county forum, a pingtan troupe's summary on a download station, a plasma station's hiring
exam, a bus station's tender, a law firm on newspaper-kiosk leases, a community flea market, a
tour-guide association, a down-jacket maker, a sign-language school, an abacus teacher and an
earthworm-farming essay on an exam forum. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="hospital-wulan-orthodontics-notice-html",
        site="梧岚市口腔医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.wlkqyy.example.com/news/notice/2025/0815/602.html",
        title="关于开展青少年错颌畸形免费筛查的通知",
        record_title="关于开展青少年错颌畸形免费筛查的通知 - 梧岚市口腔医院",
        date="2025-08-15",
        notes="hospital site: the department's own 咨询电话 kept next to the hospital's 预约挂号 line and 24-hour line in the footer; 发布日期 byline; a floating online-consult box",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于开展青少年错颌畸形免费筛查的通知 - 梧岚市口腔医院</title>
<script src="/js/swiper.min.js"></script></head><body>
<div class="head">⟦m 梧岚市口腔医院　三级口腔专科医院⟧ <span>⟦m 预约挂号：0576-8812 0000⟧</span></div>
<ul class="menu">⟦m <li>医院概况</li><li>科室导航</li><li>专家介绍</li><li>就医指南</li><li>新闻公告</li>⟧</ul>
<div class="breadcrumb">⟦m 首页 / 新闻公告 / 医院公告⟧</div>
<div class="article"><h3>{T}</h3>
<div class="meta">⟦m 发布日期：2025-08-15　作者：正畸科　阅读量：2204⟧</div>
{BODY}
<div class="pn">⟦l 上一篇：暑期儿童龋齿防治门诊时间调整⟧ ⟦l 下一篇：我院成功举办口腔种植学习班⟧</div></div>
<div class="float-consult">⟦w 在线咨询 点击与医生对话 ×⟧</div>
<div class="foot">⟦m 地址：梧岚市健康路19号　24小时急诊电话：0576-8812 0120⟧ ⟦d ©2025 梧岚市口腔医院 网站内容仅供参考，不作为诊断依据⟧</div>
</body></html>
""",
        body="""
为做好青少年口腔健康工作，早发现、早干预错颌畸形，我院正畸科定于暑期开展青少年错颌畸形免费筛查活动。
一、筛查对象：全市六至十六周岁青少年。
二、筛查时间：2025年8月18日至8月29日，每天上午8:00至11:30。
三、筛查地点：门诊楼四楼正畸科。
四、筛查项目：口腔检查、咬合关系评估、必要时拍摄全景片（拍片按规定收费）。
五、注意事项：请家长陪同，携带孩子的身份证或户口簿，筛查前请刷牙。
正畸科咨询电话：0576-8812 3406（工作日8:00—17:00）
""",
    ),
    dict(
        slug="university-huaihai-ship-model-team-news",
        site="淮海海事学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.hhmu.example.edu.cn/info/1032/15570.htm",
        title="我校船模队在全国航海模型锦标赛中获两金一银",
        record_title="我校船模队在全国航海模型锦标赛中获两金一银-淮海海事学院新闻网",
        date="2025-07-21",
        notes="university news site: breadcrumb, an 文/图/审核 line at the end, a click counter loaded by script, a photo caption between paragraphs; the site name also in the title suffix",
        page="""
!m 淮海海事学院新闻网
!m 首页 >> 校园动态 >> 正文
{T}
!m 发布时间：2025-07-21　点击：[  ]次
{BODY}
!m 文/崔晓鸥　图/校团委　审核/严礼
!l 【关闭】 【打印】
!m 版权所有：淮海海事学院党委宣传部　地址：淮海市滨海大道600号
""",
        body="""
7月15日至19日，全国航海模型锦标赛在江城举行，我校船模队派出六名队员参加，获得两枚金牌、一枚银牌，创造了我校参加该项赛事以来的最好成绩。
本次比赛共有来自全国四十余所高校和俱乐部的三百多名选手参赛，设遥控帆船、仿真舰船、耐久赛等多个项目。
⟦m 图为我校队员在遥控帆船项目比赛中⟧
我校轮机工程专业学生严一帆和同伴合作，在遥控帆船F5-E级比赛中发挥稳定，夺得冠军；仿真舰船项目中，航海技术专业学生吴楠制作的“远洋科考船”模型获得金牌。
船模队成立于2009年，依托学校航海实训中心开展训练，已连续十年参加全国赛事。
""",
    ),
    dict(
        slug="localforum-gaoqiao-stilts-troupe-discuz",
        site="茛州论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="https://bbs.genzhou.example.com/thread-780215-1-1.html",
        title="关于招募元宵节高跷队队员的通知",
        record_title="【活动】关于招募元宵节高跷队队员的通知 - 茛州茶馆 - 茛州论坛",
        date="2025-01-10",
        notes="Discuz-like county forum with jammer fonts; a post line; the notice's own 联系人 and phone kept; signature date; a reply box and a 'view author only' row",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        page="""
<!DOCTYPE html><html><head><meta charset="gbk"><title>【活动】关于招募元宵节高跷队队员的通知 - 茛州茶馆 - 茛州论坛</title>
<style>.jammer{font-size:0;color:#fff}</style><script>var discuz_uid='0';</script></head>
<body><div id="hd">⟦m 茛州论坛　茛州人自己的网上家园⟧ ⟦a 登录 | 立即注册 | 找回密码⟧</div>
<div id="pt">⟦m 茛州论坛 › 茛州茶馆 › 【活动】关于招募元宵节高跷队队员的通知⟧</div>
<table class="plhin"><tr><td class="pls">⟦m 东街老杨 楼主 主题 126 帖子 1880 积分 4312⟧</td>
<td class="plc"><div class="pi">⟦m 发表于 2025-1-11 15:02⟧ ⟦a 只看该作者 | 倒序浏览 | 阅读模式⟧</div>
<h1>{T}</h1>
<div class="t_f">
{BODY}
</div>
<div class="po">⟦a 回复 支持(12) 反对(0) 收藏 分享⟧</div></td></tr></table>
<div class="reply">⟦l 您需要登录后才可以回帖 登录 | 立即注册⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.5 © 2001-2025⟧ ⟦m 茛州论坛 ( 陕ICP备16011208号 )⟧</div>
</body></html>
""",
        body="""
各位街坊：
东街高跷队是我们茛州的老牌民间文艺队伍，已经有四十多年历史了。今年元宵节县里要举办社火展演，高跷队准备扩充队伍，现面向社会招募队员。
一、招募条件：年满十六周岁，身体健康，平衡感好，能坚持参加排练。
二、排练安排：1月15日起每天晚上七点在东街文化广场排练，共三周。
三、队里提供高跷、服装和化妆，排练期间每晚发放误餐补助。
四、报名方式：到东街社区居委会登记，或者直接打电话。
联系人：杨福来　电话：139 0912 6618
东街高跷队
2025年1月10日
""",
    ),
    dict(
        slug="download-pingtan-troupe-summary-oldtable",
        site="华文资料下载站 (invented)",
        style="资料下载站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.hwzlxz.example.net/soft/zongjie/2025/44718.html",
        title="蘩田县评弹团2024年工作总结",
        record_title="蘩田县评弹团2024年工作总结.doc下载",
        date="2025-01-14",
        notes="old ASP table layout: file-info table, three mirror links, dead-link report, a marquee; decorated record title; date under the signature; a pasted '附表' table",
        p_html="<p>{}</p>",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>蘩田县评弹团2024年工作总结.doc下载_华文资料下载站</title></head>
<body><marquee scrollamount="3">⟦m 华文资料下载站 —— 海量文档 免费下载 每日更新⟧</marquee>
<table width="980" border="1" cellpadding="2">
<tr><td>⟦m 当前位置：首页 → 工作总结 → 文化工作总结⟧</td></tr>
<tr><td><table><tr><td>⟦m 资料大小：46KB⟧</td><td>⟦m 资料类型：doc⟧</td><td>⟦m 授权方式：免费⟧</td></tr>
<tr><td>⟦m 更新时间：2025-02-20 18:03⟧</td><td>⟦m 下载次数：317⟧</td><td>⟦m 评分：★★★★☆⟧</td></tr></table></td></tr>
<tr><td><b>资料简介：</b></td></tr>
<tr><td>{T}<br>
{BODY}
</td></tr>
<tr><td>⟦a 下载地址：电信下载1　联通下载2　备用下载3⟧</td></tr>
<tr><td>⟦a 如果下载地址失效，请点此报告错误⟧</td></tr>
<tr><td>⟦l 相关资料：剧团年终总结范文 戏曲进校园活动总结 文化馆工作总结⟧</td></tr>
</table>
<div align="center">⟦d 本站资料均来源于网络，仅供个人学习研究，请于下载后24小时内删除⟧<br>⟦m Copyright © 2006-2025 hwzlxz.example.net⟧</div>
</body></html>
""",
        body="""
2024年，县评弹团坚持“出人出书走正路”的方针，全年演出二百一十六场，观众达六万余人次。
一、创作演出。新创中篇评弹《渡口》，移植排演长篇《珍珠塔》选回，参加市曲艺节获优秀节目奖。
二、惠民演出。开展“书场进乡村”活动，在十二个乡镇书场常态化演出，周末书场免费向老年人开放。
三、人才培养。与市艺术学校联合招收评弹学员八名，老艺人一对一传帮带，青年演员薛晓苓获省曲艺新人奖。
附表：2024年演出场次统计
类别　场次　观众（人次）
书场演出　132　26400
下乡惠民　58　29000
校园普及　26　7800
四、存在问题。演出场所设施老化，青年演员流失较多，经费渠道较为单一。
蘩田县评弹团
2025年1月14日
""",
    ),
    dict(
        slug="pta-heyuan-plasma-station-exam-html",
        site="荷源市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.hyrsks.example.gov.cn/ksgg/202504/t20250409_1198.html",
        title="荷源县单采血浆站2025年公开招聘工作人员笔试公告",
        record_title="荷源县单采血浆站2025年公开招聘工作人员笔试公告",
        date="2025-04-09",
        notes="personnel-exam site: an exam timetable table; the exam office's own 咨询电话 next to the site's technical-support line; a sentence telling candidates to 下载打印准考证 stays; 发布时间 byline",
        page="""
<html><head><meta charset="utf-8"><title>荷源市人事考试网</title></head><body>
<div class="top">⟦m 荷源市人事考试网　公平 公正 权威 高效⟧</div>
<div class="nav">⟦m 首页 考试公告 报名入口 成绩查询 政策法规 下载专区⟧</div>
<div class="wz">⟦m 当前位置：首页 > 考试公告 > 事业单位⟧</div>
<div class="con"><h1>{T}</h1>
<p class="time">⟦m 发布时间：2025-04-09　来源：本站　【字体：⟧⟦a 大 中 小⟧⟦m 】⟧</p>
{BODY}
</div>
<div class="fj">⟦l 附件下载：（无）⟧</div>
<div class="side">⟦l 最新公告 · 2025年市直事业单位招聘面试公告 · 医疗卫生岗位资格复审名单⟧</div>
<div class="foot">⟦m 技术支持电话：0731-8899 5066（仅限网站故障）⟧ ⟦m 荷源市人力资源和社会保障局主办⟧</div>
</body></html>
""",
        body="""
荷源县单采血浆站2025年公开招聘工作人员报名和资格初审工作已经结束，现将笔试有关事项公告如下。
一、笔试时间安排
科目　时间　考试形式
综合基础知识　4月20日9:00—11:00　闭卷笔试
医学基础知识　4月20日14:30—16:30　闭卷笔试
二、准考证打印：请考生于4月16日9:00至4月19日17:00登录本网站下载打印准考证，逾期不再办理。
三、考试地点：荷源县第一中学，具体考场见准考证。
四、考生须携带准考证和有效居民身份证参加考试，两证不全者不得入场。
考试咨询电话：0731-8865 2217（荷源县卫生健康局人事股）
""",
    ),
    dict(
        slug="tender-fuchun-bus-station-canopy-text",
        site="蓍城公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://ggzy.shicheng.example.gov.cn/jyxx/zfcg/cggg/20250318/4471.html",
        title="蓍城汽车客运站候车厅及雨棚改造工程招标公告",
        record_title="蓍城汽车客运站候车厅及雨棚改造工程招标公告_蓍城公共资源交易网",
        date="2025-03-18",
        notes="tender portal: a header table of project info as meta, buyer and agency contacts kept in the body beside the CA hotline in the footer; a 公告期限 line; a 项目编号 line neutral",
        page="""
!m 蓍城公共资源交易网
!m 交易信息 > 工程建设 > 招标公告
{T}
!m 信息来源：蓍城交通运输集团　发布时间：2025-03-18 16:30　阅读次数：95
项目编号：SCJT-2025-GC-011
{BODY}
!a 【我要投标】　【下载招标文件】　【收藏】
!m CA数字证书办理及技术服务热线：400-0717-6688
!d 本平台发布的信息由招标人负责，平台不承担任何责任
""",
        body="""
蓍城汽车客运站候车厅及雨棚改造工程已由市交通运输局批准建设，建设资金来自企业自筹，项目已具备招标条件，现进行公开招标。
1.工程概况：改造候车厅二千三百平方米，新建钢结构雨棚八百平方米，计划工期九十日历天。
2.投标人资格：具备建筑工程施工总承包三级及以上资质，拟派项目经理具备二级及以上注册建造师资格。
3.招标文件获取：2025年3月19日至3月25日，在本平台免费下载。
4.投标截止时间：2025年4月9日9时30分。
招标人：蓍城交通运输集团有限公司　联系人：洪立　电话：0795-3362011
招标代理机构：蓍城正衡项目管理有限公司　联系人：蔡雯　电话：0795-3378920
""",
    ),
    dict(
        slug="lawfirm-zhengping-kiosk-lease-html",
        site="正平律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="article",
        form="html",
        source="https://www.zplaw.example.cn/article/4023.html",
        title="报刊亭经营权转让纠纷的几个法律问题",
        record_title="法律讲堂丨报刊亭经营权转让纠纷的几个法律问题",
        date="2025-05-30",
        notes="law firm: decorated record title; an author line; the firm's consult hotline and a 'not legal advice' disclaimer; a numbered list kept; the article's date line",
        page="""
<html><head><meta charset="utf-8"><title>报刊亭经营权转让纠纷的几个法律问题_正平律师事务所</title></head><body>
<div class="header">⟦m 正平律师事务所　ZHENGPING LAW FIRM⟧ ⟦w 免费法律咨询：400-6616-1122⟧</div>
<div class="nav">⟦m 首页 | 律所简介 | 专业领域 | 律师团队 | 法律讲堂 | 联系我们⟧</div>
<div class="article"><h2>{T}</h2>
<div class="info">⟦m 作者：聂清和律师　时间：2025-05-30　栏目：法律讲堂⟧</div>
{BODY}
<div class="disc">⟦d 本文仅为一般性法律知识介绍，不构成针对具体案件的法律意见。⟧</div>
<div class="tag">⟦l 标签：合同纠纷 行政许可 经营权⟧</div></div>
<div class="sidebar">⟦l 推荐律师 聂清和 合伙人 擅长：合同纠纷、行政诉讼⟧ ⟦w 扫码添加律师微信⟧</div>
<div class="footer">⟦m 地址：蓠川市中山北路88号金座大厦17层⟧ ⟦m © 正平律师事务所 版权所有⟧</div>
</body></html>
""",
        body="""
近年来，城区报刊亭逐步转型为便民服务亭，随之而来的经营权私下转让纠纷也多了起来。结合我们代理的几起案件，谈几点看法。
一、报刊亭经营权能否私下转让。报刊亭多由城管或邮政部门统一设置，经营者取得的是许可使用权，协议一般约定不得转租转让，私下转让的合同可能因违反约定而无法履行。
二、转让费能否要回。受让人因亭点被收回而无法经营的，可以要求转让人返还转让费，但自身有过错的应承担相应责任。
三、经营者应当注意的事项：
1.签订协议前查看原许可文件和有效期；
2.变更经营者应向设置部门申请办理手续；
3.保留付款凭证和沟通记录。
总之，报刊亭虽小，法律关系却不简单，经营者切勿因图方便而留下隐患。
""",
    ),
    dict(
        slug="community-lianhua-flea-market-notice",
        site="莲花街道社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.lianhuajd.example.org/sqgg/2025/0423/318.html",
        title="关于举办“闲置换新”周末跳蚤市场的通知",
        record_title=None,
        date="2025-04-23",
        notes="residents' site without a record title (title from the page); a booth table; a sentence asking residents to 扫码 register stays; the community's own phone next to the site's 物业 hotline",
        page="""
!m 莲花街道社区网　|　邻里一家亲
!m 社区公告　>　活动通知
{T}
!m 2025年04月23日　社区办　阅读：418
{BODY}
!l 点赞 12　评论 3　转发
!m 物业24小时服务热线：0836-2219 9000
!l 往期活动：亲子绘本漂流 | 旧衣回收日 | 义诊进社区
""",
        body="""
各位居民朋友：
为倡导绿色生活，让闲置物品物尽其用，社区定于4月26日（周六）上午在中心广场举办“闲置换新”跳蚤市场。
一、摊位安排
区域　摊位数　主要物品
A区　20　图书、文具、玩具
B区　15　小家电、日用品
C区　10　衣物、鞋帽
二、参加办法：居民可扫描社区公告栏二维码报名摊位，每户限一个，先到先得。
三、注意事项：不得出售食品、药品和危险物品，活动结束后请将摊位清理干净。
咨询电话：社区服务站　0836-2231 0417
莲花社区居民委员会
2025年4月23日
""",
    ),
    dict(
        slug="assoc-danxia-tour-guides-pledge-html",
        site="丹霞市导游协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="initiative",
        form="html",
        source="https://www.dxdyxh.example.org.cn/xhdt/2025/0410/77.html",
        title="文明导游诚信服务倡议书",
        record_title="【协会倡议】文明导游诚信服务倡议书",
        date="2025-04-10",
        notes="association site: decorated record title; member-login box, a 'join us' button glued after a line, a copyright footer; signature date",
        page="""
<html><head><meta charset="utf-8"><title>文明导游诚信服务倡议书 | 丹霞市导游协会</title></head><body>
<div class="top">⟦m 丹霞市导游协会⟧ ⟦a 会员登录　会员注册⟧</div>
<div class="nav">⟦m 协会首页　协会概况　行业动态　会员风采　政策法规　培训考试⟧</div>
<div class="body"><div class="main">
<h1>{T}</h1>
<div class="src">⟦m 来源：协会秘书处　2025-04-10　浏览 386 次⟧</div>
{BODY}
</div>
<div class="side">⟦l 协会公告 关于开展导游年度培训的通知 关于缴纳2025年度会费的通知⟧ ⟦a 申请入会 >>⟧</div></div>
<div class="footer">⟦d Copyright © 丹霞市导游协会 版权所有 转载请注明出处⟧ ⟦m 秘书处电话：0751-6623 3155⟧</div>
</body></html>
""",
        body="""
全市广大导游员：
旅游旺季即将到来，导游员是游客认识丹霞的第一张名片。为进一步规范导游服务，提升行业形象，协会向全市导游员发出如下倡议。
一、依法执业。持证上岗，佩戴导游证，严格按照合同约定的行程提供服务，不擅自增减景点。
二、诚信服务。不诱导、不强迫游客购物，不索要小费，不参与“零负团费”经营。
三、文明讲解。讲解内容健康准确，尊重地方民俗，引导游客爱护丹霞地貌和生态环境。
四、安全第一。熟悉景区应急预案，遇到恶劣天气及时调整行程，确保游客人身安全。
让我们从每一次讲解做起，用真诚服务赢得游客口碑。
丹霞市导游协会
2025年4月10日
""",
    ),
    dict(
        slug="corp-beiyu-down-jacket-recall-news",
        site="北羽服饰官网 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.beiyu-fashion.example.com/news/2025/1128.html",
        title="北羽服饰关于召回部分批次儿童羽绒服的公告",
        record_title="北羽服饰关于召回部分批次儿童羽绒服的公告-北羽服饰官网",
        date="2025-11-28",
        notes="company site: the company's own 召回热线 kept beside the site's online-shop line; a batch table; a sentence telling customers to 扫码 check the label stays; date under the signature",
        page="""
!m 北羽服饰　温暖每一个冬天
!m 首页 / 品牌故事 / 新闻中心 / 门店查询 / 线上商城
!m 新闻中心 > 企业公告
{T}
{BODY}
!a 分享到朋友圈　复制链接
!m 线上商城客服：400-8011-2233（9:00-21:00）
!d ©2025 北羽服饰股份有限公司　保留所有权利
""",
        body="""
我公司在近期质量自查中发现，部分批次儿童羽绒服帽子的抽绳长度超出国家标准规定，存在一定安全隐患。为保护儿童安全，公司决定主动召回以下批次产品。
款号　颜色　生产批次
BY24K118　藏青　2024-09-A
BY24K118　粉色　2024-09-B
BY24K205　米白　2024-10-A
消费者可查看衣服内侧洗标上的款号和批次，也可扫描洗标上的二维码查询是否属于召回范围。
属于召回范围的产品，可到购买门店免费更换或办理退货，网购用户请联系召回热线。
召回热线：400-8011-5566
北羽服饰股份有限公司
2025年11月28日
""",
    ),
    dict(
        slug="training-shouyu-sign-language-plan-html",
        site="知声手语培训学校 (invented)",
        style="培训机构",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.zhisheng-sl.example.com/kecheng/2025-summer.html",
        title="2025年暑期公益手语培训班招生方案",
        record_title="2025年暑期公益手语培训班招生方案（附课程表）",
        date=None,
        notes="training school page: a course ad and a giveaway prompt glued between paragraphs; the school's own 报名电话 kept beside a 400 line in the footer; a course table; no date on the page (year only in the title)",
        page="""
<html><head><meta charset="utf-8"><title>2025年暑期公益手语培训班招生方案-知声手语培训学校</title>
<script>var _hmt=_hmt||[];</script></head><body>
<div class="logo">⟦m 知声手语培训学校　让沟通无障碍⟧</div>
<div class="nav">⟦m 首页　课程中心　师资团队　学员风采　在线报名⟧</div>
<h1>{T}</h1>
{BODY}
<div class="btn">⟦a 立即报名　预约试听⟧</div>
<div class="foot">⟦w 全国招生热线：400-9191-3080⟧ ⟦m 地址：蔺城市和平路12号三楼⟧ ⟦m 蜀ICP备22011736号⟧</div>
</body></html>
""",
        body="""
为普及手语知识，帮助更多人与听障朋友顺畅交流，我校今年暑期继续开办公益手语培训班。
一、招生对象：社区工作者、窗口服务人员、志愿者以及对手语感兴趣的市民，每班三十人。
二、课程安排
周次　内容　课时
第一周　手指字母与基本手势　6
第二周　日常生活用语　6
第三周　公共服务常用语　6
第四周　情景对话与考核　6
⟦a 【限时福利】报名即送手语入门电子教材，转发本页再享九折⟧
三、收费标准：公益班免收学费，仅收取教材费三十元。
四、报名方式：携带身份证到学校前台报名，或电话报名。
报名电话：0838-5513 2760
""",
    ),
    dict(
        slug="fanwenapp-zhusuan-teacher-insight-oneline",
        site="笔友范文APP (invented)",
        style="范文APP",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://m.biyou-app.example.com/share/a/61770921",
        title="珠心算教学培训心得体会",
        record_title="珠心算教学培训心得体会（3篇可选）",
        date=None,
        notes="writing app share page: the whole body on one line (paragraphs apart only by their indent); open-in-app prompts; a share stamp and a relative time; no date",
        oneline=True,
        indent="　　",
        page="""
!a 打开笔友APP，查看完整范文
!t 珠心算教学培训心得体会（3篇可选）
!m 笔友范文　·　心得体会　·　5小时前
{BODY}
!a 在APP内打开 | 一键生成同类文章
!m 来自好友“梅子老师”的分享　2025/08/07 22:14
!l 更多：骨干教师培训心得 | 数学教研活动心得 | 暑期教师培训总结
""",
        body="""
这个暑假，我参加了市教育学会组织的珠心算教学骨干教师培训，五天的学习让我收获很大。
以前我总觉得珠心算就是让孩子算得快，通过培训才明白，它更重要的是培养孩子的注意力、记忆力和数感。
培训中，老师们示范的“看珠、想珠、打珠”三步法，把抽象的数字变成孩子脑中清晰的珠像，这对低年级孩子特别有效。
我也认识到自己课堂上的不足：练习形式单一，对速度要求过急，忽略了孩子的兴趣。
新学期，我打算把游戏和竞赛引入课堂，分层布置练习，让每个孩子都在原有基础上有所进步。
""",
    ),
    dict(
        slug="gkforum-qiuyin-earthworm-essay-floors",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="article",
        form="text",
        source="https://bbs.shangan-gk.example.com/forum.php?mod=viewthread&tid=309981",
        title="小蚯蚓撬动大产业——从一个村的蚯蚓养殖看乡村产业振兴",
        record_title="[申论范文] 小蚯蚓撬动大产业——从一个村的蚯蚓养殖看乡村产业振兴（附批改意见）",
        date=None,
        notes="exam forum: decorated record title; forum junk; a poster's aside and a floor with a moderator's comment; hidden-content prompt; no date (post time relative)",
        junk=dict(lines=1, glued=2),
        gap=True,
        page="""
!m 上岸公考论坛 › 申论交流 › 范文点评
!t [申论范文] 小蚯蚓撬动大产业——从一个村的蚯蚓养殖看乡村产业振兴（附批改意见）
!m 楼主　备考第三年　发表于 昨天 21:47
!m 电梯直达
练了一篇，大家帮忙看看，老师的批改意见放在楼下：
{BODY}
!a 本帖隐藏的内容需要回复才可以浏览
!l 2# 版主·申论老周　结构完整，论据具体，第三段可再提炼一个分论点。
!l 3# 冲刺省考　马住，谢谢楼主分享
!l 发表回复　回帖并转播　回帖后跳转到最后一页
""",
        body="""
在南方某村，村民们把牛粪、秸秆变成蚯蚓的“口粮”，又把蚯蚓和蚓粪卖给药厂、花农和养殖场，一条小小的蚯蚓撬动了年产值上千万元的大产业。
产业振兴，贵在因地制宜。这个村没有矿产，也没有名胜，但畜牧养殖的废弃物多，村干部就看准了蚯蚓养殖这个“变废为宝”的路子。
产业振兴，重在链条延伸。从单纯卖活体到加工蚓粪有机肥、提取药用成分，村里一步步把产业链拉长，把更多的增值收益留在了村里。
产业振兴，要靠人才带动。村里请来农业大学的专家驻村指导，又送年轻人外出学习，培养出一支懂技术、会经营的本土队伍。
乡村振兴没有统一的模板，只要找准自身优势，小产业也能做出大文章。
""",
    ),
]
