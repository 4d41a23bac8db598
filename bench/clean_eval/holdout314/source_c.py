"""holdout314, part C: personal collections, Party-building sites, hospitals, universities, county forums.

Invented text, sites, places, people and numbers; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="anthology-kuang-memoir-station-roll-holder",
        site="邝建国文集 (invented personal collection, old gb2312 layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.kuangjianguo.net/xhws/12.htm",
        title="老车站的卷纸架",
        record_title="老车站的卷纸架（《歆河往事》第十二篇）— 邝建国文集",
        date=None,
        notes="old table-layout collection: marquee, 繁體 link, chapter links, visitor counter, the author's "
        "mailbox; a memoir dated only by a season and year (no date)",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>老车站的卷纸架（《歆河往事》第十二篇）— 邝建国文集</title>
<style type="text/css">body{font-size:14px;background:#f5f0e1}</style>
<script language="JavaScript">function fanti(){location.href='/big5/xhws/12.htm';}</script>
</head>
<body>
<table width="800" border="0" align="center" cellpadding="4" cellspacing="0" bgcolor="#FFFFFF">
<tr><td align="center" class="wjtitle">⟦m 邝建国文集⟧</td></tr>
<tr><td><marquee direction="left" scrollamount="2">⟦m 欢迎来到老邝的小园子，这里记着一个铁路人的平凡岁月⟧</marquee></td></tr>
<tr><td align="right">⟦a 繁體版⟧ ⟦m <a href="/">文集首页</a> · <a href="/xhws/">歆河往事</a> · <a href="/ly.asp">留言簿</a>⟧</td></tr>
<tr><td align="center"><font size="4"><b>{T}</b></font></td></tr>
<tr><td align="center">⟦m （《歆河往事》第十二篇）⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l 上一篇：站台上的煤油灯⟧　⟦l 返回目录⟧　⟦l 下一篇：我的第一块铁路表⟧</td></tr>
<tr><td align="center">⟦m 您是本园第 017263 位客人⟧</td></tr>
<tr><td align="center">⟦m 来信请寄：kuangjg1958@xhwsmail.cn⟧</td></tr>
<tr><td align="center">⟦d 文集文字为作者原作，转载须经本人同意⟧</td></tr>
</table>
</body>
</html>
""",
        p_html='<p>　　{}</p>',
        body="""
我在歆川站当了二十六年站长，退休以后，最常想起的竟是候车室厕所里那个铁皮卷纸架。
那是1990年前后，站里第一次给厕所配手纸。卷纸架是工务段的老师傅用铁皮敲出来的，刷了绿漆，钉在隔板上。头一个月，纸天天被人整卷拿走，有人劝我干脆别放了。
我没同意。我让值班员每两个小时去看一次，少了就补，又用毛笔写了张纸条贴在旁边：“纸是大家的，够用就好。”慢慢地，整卷拿走的人少了，南来北往的旅客都说，歆川站的厕所有纸，干净。
前年回站里看看，候车室早已翻新，卷纸架换成了不锈钢的，还带感应出纸。我站在那儿看了好一会儿，心里很踏实。
写于歆河边，二〇二四年冬
""",
    ),
    dict(
        slug="anthology-suizi-memoir-grandma-sofa-covers-oneline",
        site="半窗文存 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://banchuangwc.cn/zhenjiaoji/juan2/07.html",
        title="外婆钩的沙发套",
        record_title="外婆钩的沙发套 ·《针脚集》卷二",
        date=None,
        notes="memoir with the whole body on one line; decorated record title; a '收入本集于' stamp is no date",
        page="""
!m 半窗文存 · 个人文集
!m 目录 ｜ 卷一 ｜ 卷二 ｜ 卷三 ｜ 关于作者
!t 外婆钩的沙发套 ·《针脚集》卷二
!m 作者：穗子　　收入本集于 2025-01-19
{BODY}
!l ← 前一篇：冬夜的缝纫机　　后一篇：母亲的顶针 →
!d 本集文字版权归穗子所有，引用请注明出处与作者
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
外婆家的木沙发上，常年罩着她亲手钩的白色沙发套，一个靠背一块，扶手上还各搭一条长巾。
那些沙发套是用白棉线钩的，图案是一朵朵小菊花，边上缀着穗子。外婆说，这是她年轻时在纺织厂学的手艺，一套要钩整整一个冬天。
小时候我最爱扯那些穗子，扯松了，外婆也不骂，只是戴上老花镜，一针一针再钩回去。沙发套脏了，她就用淘米水泡一夜，第二天搓洗干净，晾在院子的竹竿上，太阳一晒，满院子都是棉线的香味。
后来家里换了皮沙发，沙发套收进了樟木箱。去年整理外婆的遗物，我把它们拿出来，洗干净，铺在了自家的沙发上。
""",
    ),
    dict(
        slug="party-xucheng-summary-squeezer-volunteers",
        site="顼城先锋网 (invented Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.xcxianfeng.gov.cn/jcdj/sqdj/202505/t20250523_60217.html",
        title="忻湖区翌园社区党支部“小辅具 大温暖”志愿服务活动总结",
        record_title="【支部速递】忻湖区翌园社区党支部“小辅具 大温暖”志愿服务活动总结_顼城先锋网",
        date="2025-05-20",
        date_also=["2025-05-23"],
        notes="Party portal with a study-points prompt and a read-on-phone line; a service table one row a paragraph; "
        "成文日期 expected, the portal's date also accepted; an image credit glued after a paragraph",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【支部速递】忻湖区翌园社区党支部“小辅具 大温暖”志愿服务活动总结_顼城先锋网</title>
<script src="/res/js/jquery.js"></script>
<script src="/res/js/xuexi-points.js"></script>
</head>
<body>
<div class="top">⟦m 顼城先锋网⟧ ⟦m 中共顼城市委组织部主办⟧ ⟦a 党员登录⟧</div>
<div class="nav">⟦m <a>首页</a> <a>要闻</a> <a>基层党建</a> <a>先锋风采</a> <a>党员教育</a> <a>组工信息</a>⟧</div>
<div class="pos">⟦m 当前：首页 → 基层党建 → 社区党建⟧</div>
<div class="art">
<h1>⟦t 【支部速递】忻湖区翌园社区党支部“小辅具 大温暖”志愿服务活动总结⟧</h1>
<div class="meta">⟦m 发布时间：2025-05-23　来源：忻湖区委组织部　浏览：742⟧</div>
<div class="points">⟦a 登录“先锋学习”账号，本文阅读满3分钟计1学分⟧</div>
<div class="cont">
<p style="text-align:center"><strong>{T}</strong></p>
{BODY}
</div>
<div class="mobile">⟦a 用手机扫一扫，把本文带在身边⟧</div>
<div class="prev">⟦l 上一篇：忻湖区开展“红色物业”观摩交流⟧</div>
<div class="next">⟦l 下一篇：翌园社区举办老年人防诈骗讲座⟧</div>
</div>
<div class="footer">⟦m 顼城先锋网　地址：顼城市忻湖区人民路1号　电话：0730-6200712⟧<br>⟦m 赣ICP备09003317号⟧</div>
<script>XP.start(3);</script>
</body>
</html>
""",
        body="""
今年4月至5月，翌园社区党支部组织党员志愿者开展“小辅具 大温暖”志愿服务活动，为辖区高龄、独居和行动不便的老人上门安装牙膏挤、防滑扶手等生活辅具。现将活动情况总结如下。
一、摸清需求。支部发动网格员逐户走访，摸排出有辅具需求的老人63户，建立需求清单。
二、上门服务。党员志愿者分成8个小组，利用周末上门安装，并手把手教老人使用。服务情况如下：
辅具名称　安装户数　参与党员
牙膏挤　52户　24人
防滑扶手　19户　11人
夜间感应灯　35户　16人
三、跟踪回访。活动结束后，支部对服务对象进行了电话回访，老人满意率达100%。91岁的葛奶奶说：“有了牙膏挤，早上刷牙不用再等护工了。”⟦m （图文：翌园社区　审核：梁冬）⟧
下一步，支部将把辅具安装纳入党员“双报到”常态化服务内容。
中共顼城市忻湖区翌园社区支部委员会
2025年5月20日
""",
    ),
    dict(
        slug="party-xinchuan-speech-shower-puff-workshop",
        site="歆川党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.xcdj.org.cn/djjl/jcsy/2025/0519/2290.html",
        title="在菠口镇残疾人辅助性就业车间揭牌仪式上的讲话",
        record_title="党建聚力丨在菠口镇残疾人辅助性就业车间揭牌仪式上的讲话",
        date="2025-05-18",
        notes="speech under a Party site's column prefix; date under the title in Chinese numerals and speaker line, "
        "both neutral; source/editor line and a scan-to-read line below",
        page="""
!m 歆川党建网
!m 首页 》 党建聚力 》 基层声音
!t 党建聚力丨在菠口镇残疾人辅助性就业车间揭牌仪式上的讲话
{T}
（二〇二五年五月十八日）
菠口镇党委书记　庞思远
{BODY}
!m 来源：菠口镇党委　　编辑：叶蓁　　浏览量：1093
!a 打印本页 ｜ 关闭窗口 ｜ 扫码在手机上读
!m 主办：中共歆川县委组织部　技术支持：歆川县信息中心
""",
        indent="\u3000\u3000",
        body="""
各位来宾，同志们，朋友们：
今天是全国助残日，我们在这里为菠口镇残疾人辅助性就业车间揭牌。首先，我代表镇党委、镇政府，向长期关心支持残疾人事业的各界朋友表示衷心感谢！
这个车间由镇党委牵头，联合镇残联和洁丽日用品厂共同建设，主要承接沐浴球扎制、包装等手工活。第一批28名残疾朋友已经完成培训，每人每月能有1500元左右的收入。
办好这个车间，关键在于用心。镇里各党支部要把车间作为联系服务残疾人的阵地，党员干部要经常来看看，帮助解决接送、午餐等实际困难。企业要按时足额结算工钱，把订单稳下来。
希望各位残疾朋友在这里学技能、交朋友，用自己的双手创造美好生活。谢谢大家！
""",
    ),
    dict(
        slug="hospital-xucheng2-shower-puff-skin",
        site="顼城市第二人民医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="news",
        form="html",
        source="https://www.xcsey.com/kpzx/pfk/2025-06-03/1853.html",
        title="沐浴球用久了，当心皮肤“闹情绪”",
        record_title="【皮肤科·夏季护肤讲堂】沐浴球用久了，当心皮肤“闹情绪” - 顼城市第二人民医院",
        date="2025-06-03",
        notes="hospital page with a booking float, a 24-hour line and an experts list; the department's own 咨询电话 "
        "in the body; the 发布时间 byline is the page's date; an image-source line between paragraphs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【皮肤科·夏季护肤讲堂】沐浴球用久了，当心皮肤“闹情绪” - 顼城市第二人民医院</title>
<script src="/static/js/swiper.min.js"></script>
<script src="/static/js/guahao-float.js"></script>
</head>
<body>
<div class="tophead">⟦m 顼城市第二人民医院⟧ ⟦m 二级甲等综合医院⟧ ⟦m 24小时急诊急救：0739-8826000⟧</div>
<div class="navbar">⟦m <a>医院首页</a> <a>医院概况</a> <a>科室导航</a> <a>专家介绍</a> <a>就医指南</a> <a>健康科普</a>⟧</div>
<div class="loc">⟦m 首页 ＞ 健康科普 ＞ 皮肤科⟧</div>
<div class="article">
<h1>⟦t 【皮肤科·夏季护肤讲堂】沐浴球用久了，当心皮肤“闹情绪”⟧</h1>
<div class="info">⟦m 发布时间：2025-06-03　作者：皮肤科 严秋宁　阅读：2306⟧</div>
<div class="text">
{BODY}
</div>
<div class="sharebar">⟦l 分享：微信好友 朋友圈 QQ⟧</div>
</div>
<div class="sidebar">
<h3>⟦l 皮肤科出诊专家⟧</h3>
<ul><li>⟦l 严秋宁　主任医师　周一、周三全天⟧</li><li>⟦l 戚海东　副主任医师　周二、周五上午⟧</li></ul>
</div>
<div class="float-gh">⟦a 预约挂号 · 扫码免排队⟧</div>
<div class="footer">⟦m 地址：顼城市忻湖区健康路158号　预约电话：0739-8826114⟧<br>⟦m 赣ICP备15007741号-1　赣公网安备36010302000528号⟧</div>
</body>
</html>
""",
        body="""
夏天洗澡次数多，不少人喜欢用沐浴球，起泡快，搓着也舒服。可最近皮肤科门诊接诊了好几位背部、腋下起红疹、发痒的患者，一问，都和长期使用同一个沐浴球有关。
沐浴球由多层网纱缠绕而成，洗澡后残留的水分、沐浴露和皮屑藏在网纱缝隙里，在潮湿的卫生间里很快就会滋生细菌和真菌。再用这样的沐浴球用力搓洗，细菌容易从皮肤的细小破口进入，引起毛囊炎。
⟦d 文中配图来自医院宣传科，请勿擅自转用⟧
皮肤科医生建议：
1.沐浴球用后冲洗干净、挤干水分，挂在通风干燥处；
2.每两个月左右更换一次，发现变色、有异味立即丢弃；
3.搓洗力度要轻，湿疹、痤疮发作期间暂停使用；
4.沐浴球不要与家人共用。
如出现皮疹反复不退，请及时到皮肤科就诊。皮肤科咨询电话：0739-8826153（工作日8:00—17:30）。
""",
    ),
    dict(
        slug="hospital-yongshan-notice-disinfectant-spray-labels",
        site="颙山县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.ysxrmyy.com/ywgk/tzgg/20250314/0611.html",
        title="关于规范病区消毒喷雾瓶标识和更换管理的通知",
        record_date="2025-03-14",
        date="2025-03-14",
        notes="hospital notice with the record's own title and date; emergency and booking lines in the footer",
        page="""
!m 颙山县人民医院 · 院务公开
!m 当前位置：首页 → 院务公开 → 通知公告
{T}
!m 发布部门：院感科　　发布日期：2025-03-14　　浏览：386
{BODY}
!a 〖打印〗〖收藏〗〖关闭〗
!m 急诊电话：0737-4120120　　预约挂号：0737-4120000
!m 颙山县人民医院　版权所有　湘ICP备16020911号
""",
        indent="\u3000\u3000",
        body="""
各临床科室、医技科室：
近期院感科检查发现，部分病区的消毒喷雾瓶存在标签缺失、配制日期不清、超期使用等问题。为防止误用和消毒失效，现将有关要求通知如下：
一、统一标识。所有消毒喷雾瓶须粘贴院感科统一印制的标签，写明消毒剂名称、浓度、配制时间和配制人。
二、按时更换。含氯消毒液现配现用，喷雾瓶内的消毒液超过24小时须倒掉重配；酒精类喷雾瓶开启后使用不超过7天。
三、定期清洗。喷雾瓶每周清洗、晾干一次，喷头堵塞或漏液的及时报损更换。
四、专瓶专用。不同消毒剂不得混装在同一喷雾瓶内，严禁使用饮料瓶分装消毒剂。
院感科将从3月下旬起开展专项督查，督查结果纳入科室月度质量考核。
颙山县人民医院医院感染管理科
2025年3月14日
""",
    ),
    dict(
        slug="college-xuchengzy-news-squeezer-prize-h1",
        site="顼城职业技术学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.xczy.edu.cn/xwzx/xyxw/2025/0417/8820.htm",
        title="我校学生设计的单手牙膏挤获省级创新创业大赛金奖",
        record_title=None,
        date="2025-04-17",
        notes="college news page: no title in the record and a generic <title>; the <h1> holds it; the byline's "
        "dotted 发布时间 is the page's date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>学院新闻-顼城职业技术学院</title>
<script src="/system/resource/js/jquery/jquery-latest.min.js"></script>
<script src="/system/resource/js/counter.js"></script>
</head>
<body>
<div class="header">⟦m 顼城职业技术学院⟧ ⟦m 厚德 · 精技 · 笃行⟧ ⟦a 信息门户⟧ ⟦a EN⟧</div>
<div class="menu">⟦m <a>学院首页</a> <a>学院概况</a> <a>机构设置</a> <a>教育教学</a> <a>招生就业</a> <a>新闻中心</a>⟧</div>
<div class="list-title">⟦m 新闻中心 &gt; 学院新闻⟧</div>
<div class="content">
<h1>{T}</h1>
<div class="attr">⟦m 发布时间：2025.04.17　来源：智能制造学院　文：陆一鸣　审核：包文⟧ ⟦m 点击：<span>1433</span>⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="pn">⟦l 上一条：我院举办2025年技能节开幕式⟧</div>
<div class="pn">⟦l 下一条：智能制造学院与三家企业签订订单班协议⟧</div>
</div>
<div class="footer">⟦m 版权所有：顼城职业技术学院　地址：顼城市忻湖区学院大道199号⟧<br>⟦m 招生咨询：0730-6351888　赣ICP备05006722号⟧</div>
</body>
</html>
""",
        body="""
近日，第十一届全省大学生创新创业大赛决赛落下帷幕，我校智能制造学院学生团队设计的“易挤”单手牙膏挤项目获得金奖。
团队负责人、工业设计专业大三学生温子墨介绍，项目源于一次养老院志愿服务。“我们看到中风老人只能用一只手，挤牙膏要请护工帮忙，就想设计一款单手能用的牙膏挤。”
团队用半年时间先后做了17版样品，最终的产品采用壁挂式设计，老人只需把牙刷伸进卡槽轻轻一顶，就能挤出适量牙膏。目前，产品已在顼城市3家养老机构试用，并申请了2项实用新型专利。
指导老师卓航表示，学院将继续支持团队完善产品，推动成果转化。
""",
    ),
    dict(
        slug="college-haoxi-notice-lab-spray-bottles",
        site="澔溪师范学院实验室与设备管理处 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://sbc.hxsfxy.edu.cn/info/1031/2754.htm",
        title="关于加强实验室化学试剂喷雾瓶标识管理的通知",
        record_title="关于加强实验室化学试剂喷雾瓶标识管理的通知-实验室与设备管理处-澔溪师范学院",
        date="2025-10-09",
        date_also=["2025-10-10"],
        notes="university office page; a 扫描二维码 sentence as content; the office's contact beside the site's "
        "technical line; 成文日期 expected, the page's date also accepted",
        page="""
!m 澔溪师范学院 实验室与设备管理处
!m 首页｜机构设置｜规章制度｜通知公告｜下载专区
!m 位置：通知公告
{T}
!m 2025-10-10　　作者：设备处　　点击：204
{BODY}
!l 【上一条】关于开展2025年秋季实验室安全准入考试的通知
!m 技术支持：网络信息中心　电话：0738-2900100
!m 地址：澔溪县韡岭镇学府路1号　邮编：418300
""",
        indent="\u3000\u3000",
        body="""
各学院、各实验中心：
近期安全检查发现，部分实验室用喷雾瓶分装乙醇、丙酮等试剂，瓶身无标签或标签脱落，存在较大安全隐患。现将有关要求通知如下：
一、所有分装试剂的喷雾瓶须贴实验室统一标签，注明试剂名称、浓度、分装日期和责任人，标签脱落的立即补贴。
二、易燃试剂喷雾瓶不得放在加热设备、电源插座附近，使用后放回试剂柜。
三、各实验室扫描门口安全信息牌上的二维码，于10月20日前在线提交喷雾瓶清点表。
四、学校将于10月下旬组织复查，复查不合格的实验室暂停开放。
联系人：鲍振宇，电话：0738-2907715。
实验室与设备管理处
2025年10月9日
""",
    ),
    dict(
        slug="countyforum-yunyang-park-roll-holders-subject",
        site="赟阳论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.yunyang0735.com/thread-90318-1-1.html",
        title="赟阳滨河公园南门厕所卷纸架又空了，能不能管管？",
        record_title=None,
        date=None,
        notes="county forum: no title in the record, the thread subject holds it; weather line, medals, jammer-font "
        "junk, an official-reply link and an ad; relative post times are no dates",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>赟阳论坛 - 赟阳人的网上客厅</title>
<style>.jammer{display:none}</style>
<script src="data/cache/style_1_common.js"></script>
</head>
<body>
<div id="toptb">⟦m 赟阳论坛⟧ ⟦m 今日赟阳：小雨 15～21℃⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div id="nv">⟦m <a>首页</a> <a>赟阳杂谈</a> <a>民生热线</a> <a>房产家居</a> <a>二手市场</a>⟧</div>
<div id="pt">⟦m 赟阳论坛 › 民生热线 › 帖子详情⟧</div>
<div class="ts"><h1 id="thread_subject">{T}</h1></div>
<div class="authi">⟦m 滨河遛娃爸　　发表于 2 小时前　　只看他⟧</div>
<div class="medal">⟦m 勋章：热心市民　论坛老友⟧</div>
<div class="t_f" id="postmessage_1220031">
{BODY}
</div>
<div class="reply-official">⟦l 已转交相关部门，查看官方回复 ›⟧</div>
<div class="ad">⟦w 赟阳装修团购，找小郑：QQ 2751190836⟧</div>
<div class="pl">⟦l 2# 河边散步的：早上六点多去还有纸，九点就没了⟧</div>
<div class="pl">⟦l 3# 赟阳老杨：支持，楼主说得在理⟧</div>
<div id="f_pst">⟦a 发表回复前请先登录⟧</div>
<div id="ft">⟦m 赟阳论坛 ｜ 湘ICP备20011853号 ｜ 手机版⟧</div>
</body>
</html>
""",
        p_html="{}<br>",
        junk=dict(lines=1, glued=2),
        body="""
今天下午带孩子在滨河公园玩，去南门那座公厕，三个厕位的卷纸架全是空的，有一个卷纸架的盖子都掉了，挂在墙上晃。
这已经不是第一次了，上个月来也是这样。旁边晨练的阿姨说，早上保洁员放了纸，不到中午就被人整卷拿走了。
我理解管理有难度，但提几个建议：
一、卷纸架换成一次只能抽一截的那种，别再用开放的横杆；
二、周末和节假日下午加一次巡查补纸；
三、门口贴个监督电话，大家发现没纸可以打电话说一声。
公园是大家的，希望管理部门重视一下。也希望个别人别再把纸带回家了。
""",
    ),
    dict(
        slug="countyforum-yongshan-old-sofa-covers-recycling",
        site="颙山论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://bbs.ysluntan.com/forum.php?mod=viewthread&tid=44071",
        title="旧沙发套别扔，蓦塘镇“布艺再生角”上门收了",
        record_title="[乡邻快讯] 旧沙发套别扔，蓦塘镇“布艺再生角”上门收了 - 蓦塘生活 - 颙山论坛",
        date=None,
        notes="county forum post with junk; weather line, an ad QQ; '2 小时前' is no date",
        page="""
!m 颙山论坛 — 颙山人自己的网上家园
!m 今日：多云转晴 24～31℃　　发帖　　消息(2)
!m 颙山论坛 › 乡镇版块 › 蓦塘生活
!t [乡邻快讯] 旧沙发套别扔，蓦塘镇“布艺再生角”上门收了
!m 楼主：塘边老许　　发表于 2 小时前　　查看：866　回复：19
{BODY}
!l 沙发 梅子：我家还有两套，周日能来取吗？
!l 板凳 塘边老许：能，回复小区楼号就行
!a 快速回复　　上传图片　　表情
!w 颙山家装团购群，进群加QQ 3390417726
!m 颙山论坛　Powered by PHPWind
""",
        junk=dict(lines=1, glued=2),
        body="""
各位乡亲，跟大家说个好消息：镇上新开的“布艺再生角”开始收旧沙发套、旧窗帘了，只要是布的，破一点、旧一点都没关系。
收上去的旧沙发套，志愿者会拆开洗干净，改成坐垫、购物袋和宠物垫，送给敬老院和困难家庭，剩下的碎布做成拖把头。
怎么交：
1.每周六上午9点到11点，送到镇文化站一楼；
2.家里东西多、搬不动的，在本帖回复留下小区和楼号，志愿者周日上门取；
3.请先把沙发套上的别针、夹子取下来。
上个月我家换下来的三套沙发套已经变成了六个坐垫，挺有意思的。大家也支持一下！
""",
    ),
]
