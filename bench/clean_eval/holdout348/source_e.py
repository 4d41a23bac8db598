"""holdout348, part E: residents' sites, trade associations, company sites, training schools, writing apps.

Everything here is invented; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="haoyuan-community-notice-stairwell-painting-day",
        site="昦园社区居民之家 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.haoyuansq.cn/gonggao/2025/0520/219.html",
        title="关于开展“楼道焕新”志愿粉刷日活动的通知",
        record_title="【居委温馨告知】关于开展“楼道焕新”志愿粉刷日活动的通知（3、5、7栋居民请留意）",
        date="2025-05-20",
        notes="residents' site: a weather line, a grid member's box with a mobile, a 24-hour property repair line "
        "beside the committee's own duty phone in the body",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【居委温馨告知】关于开展“楼道焕新”志愿粉刷日活动的通知（3、5、7栋居民请留意）</title>
<link rel="stylesheet" href="/skin/sq/main.css">
<script src="/skin/sq/weather.js"></script>
</head><body>
<div class="sq-top">⟦m 5月20日　晴　18～27℃　空气质量 良⟧</div>
<div class="sq-logo">⟦m 昦园社区居民之家⟧</div>
<div class="sq-nav">⟦m 首页 · 社区公告 · 办事指南 · 邻里活动 · 志愿服务⟧</div>
<div class="sq-pos">⟦m 首页 ＞ 社区公告⟧</div>
<div class="sq-art"><h1>{T}</h1>
<p class="sq-meta">⟦m 发布：社区居委会　浏览 618⟧</p>
<div class="sq-con">
{BODY}
</div>
<p class="sq-zan">⟦a 👍 点个赞（92）⟧ ⟦a 转给邻居⟧</p></div>
<div class="sq-side">
<div class="grid">⟦m 本楼网格员：石可欣　手机 15873601244⟧</div>
<div class="wy">⟦m 物业报修：0736-5261177（24小时）⟧</div>
<h4>⟦l 社区近期活动⟧</h4><ul><li>⟦l 端午包粽子邻里宴报名开始啦⟧</li><li>⟦l 老年大学春季班结业展演⟧</li></ul></div>
<div class="sq-foot">⟦d 本网站由昦园社区居民委员会维护，信息以社区公示栏为准。⟧</div>
</body></html>
""",
        body="""
各位居民：
为改善老旧楼栋居住环境，社区党委联合物业服务中心定于5月24日（星期六）开展“楼道焕新”志愿粉刷日活动，现将有关事项通知如下：
一、粉刷范围：昦园小区3栋、5栋、7栋共六个单元的楼道墙面。
二、时间安排：当天上午8:00在小区广场集合，领取滚筒刷、手套等工具，8:30分单元开工，预计中午12:00前完成。
三、居民配合事项：请相关单元居民在5月23日晚前将楼道内堆放的杂物搬回家中；粉刷当天请关好自家门窗，避免涂料气味进入室内；家中有婴幼儿、孕妇的，可到社区活动室临时休息。
四、志愿者招募：欢迎居民报名参加，当天由物业师傅现场教大家使用滚筒刷，涂料、工具、午餐由社区统一提供。
报名及咨询：社区居委会值班电话0736-5261190。
昦园社区居民委员会
2025年5月20日
""",
    ),
    dict(
        slug="tuanhe-community-pledge-charcoal-cn-date",
        site="漙河社区服务网 (invented residents' site)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://tuanhesq.yichuan.net/gg/1210.html",
        title="关于冬季安全用炭的倡议书",
        date="2024-12-10",
        notes="record title as is; 成文日期 in Chinese numerals; a sentence asking residents to share the pledge "
        "(content); a property duty line in the chrome",
        page="""
!m 漙河社区服务网　邻里守望　共建家园
!m 首页 › 社区公告
{T}
!m 发布人：社区居委会　阅读：402　点赞：37
{BODY}
!a 👍 点赞　💬 留言　↗ 转发
!l 往期公告：关于开展冬季消防安全入户检查的通知
!l 往期公告：漙河社区2024年冬季供暖报修指引
!m 物业值班：0579-6811102　网格群入群请联系本楼网格员
!d 漙河社区服务网由社区居委会维护，转载请注明。
""",
        indent="\u3000\u3000",
        body="""
社区广大居民朋友们：
冬季来临，不少家庭开始用炭盆取暖、围炉煮茶。木炭燃烧不充分会产生一氧化碳，炭火使用不当还容易引发火灾和烫伤。为保障大家温暖过冬、平安过冬，社区向全体居民发出如下倡议：
一、选用合格木炭和炭盆，炭盆放在通风处，远离窗帘、被褥等易燃物。
二、添炭拨炭使用长柄炭夹，不用手直接拿，不让孩子玩炭夹和炭火；炭夹用完挂放在高处。
三、室内用炭必须开窗通风，睡前熄灭炭火，有条件的家庭安装一氧化碳报警器。
四、多关心独居老人，邻里之间相互提醒，发现异常及时拨打119或120。
也请大家把这份倡议分享到楼栋群，让更多家庭看到。
漙河社区居民委员会
二〇二四年十二月十日
""",
    ),
    dict(
        slug="yizhou-hardware-association-minutes-putty-standard",
        site="昳州市五金工具行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://www.yzwjxh.org.cn/xhdt/2025/0326/87.html",
        title="《腻子刀》团体标准起草工作研讨会会议纪要",
        record_title="〖团标进行时〗《腻子刀》团体标准起草工作研讨会会议纪要｜昳州市五金工具行业协会",
        date="2025-03-21",
        date_also=["2025-03-26"],
        notes="association site: a member-login row and a member hotline; the minutes' 时间/地点/主持/参会/记录 lines "
        "and a vote count; the association's name in the header is also the signature's (head)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〖团标进行时〗《腻子刀》团体标准起草工作研讨会会议纪要｜昳州市五金工具行业协会</title>
<link rel="stylesheet" href="/themes/xh/css/style.css">
<script src="/themes/xh/js/menu.js"></script>
</head><body>
<div class="xh-login">⟦a 会员单位登录⟧ ⟦a 入会申请⟧ ⟦a 会员年审⟧</div>
<div class="xh-head">⟦m 昳州市五金工具行业协会⟧</div>
<div class="xh-nav">⟦m 协会概况 ｜ 协会动态 ｜ 团标专栏 ｜ 会员风采 ｜ 政策法规⟧</div>
<div class="xh-pos">⟦m 协会动态 › 团标专栏⟧</div>
<div class="xh-art"><h2>{T}</h2>
<p class="xh-meta">⟦m 发布：协会秘书处　2025-03-26　阅读 241⟧</p>
<div class="xh-con">
{BODY}
</div></div>
<div class="xh-side"><h4>⟦l 团标专栏⟧</h4><ul><li>⟦l 《抹泥板》团体标准立项公示⟧</li><li>⟦l 关于征集五金工具团体标准起草单位的通知⟧</li></ul>
<p>⟦m 会员服务热线：0795-8677005⟧</p></div>
<div class="xh-foot">⟦m 地址：昳州五金城B座六楼⟧ ⟦m 赣ICP备20007733号⟧</div>
</body></html>
""",
        body="""
时间：2025年3月21日上午9:00
地点：协会会议室（昳州五金城B座六楼）
主持：协会副会长　甘鹤年
参会：堧田五金工具厂、昳州利刃工具有限公司等8家会员企业代表，昳州市产品质量检验所专家2人
记录：协会秘书处　蓝亦舒
会议讨论了《腻子刀》团体标准（征求意见稿），形成以下意见：
一、刀片硬度指标由HRC44—50调整为HRC46—52，刃口直线度偏差不大于0.3毫米。
二、增加手柄抗拉脱力试验，要求手柄与刀片连接处承受不小于300牛顿的拉力不松脱。
三、产品标识须注明刀片材质和宽度，塑料手柄产品须标注耐温范围。
会议对将征求意见稿提交协会标准化委员会审议进行了表决：应到10人，实到10人，同意9人，反对0人，弃权1人，表决通过。
昳州市五金工具行业协会秘书处
""",
    ),
    dict(
        slug="yichuan-decoration-association-pledge-skirting",
        site="祎川县建筑装饰行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.ycjzzs.org/gonggao/2025-03-18.html",
        title="关于推广使用环保踢脚线的倡议书",
        record_title="〖会员共守〗关于推广使用环保踢脚线的倡议书（请会员单位张贴）",
        date="2025-03-15",
        date_also=["2025-03-18"],
        notes="association pledge: a members' download prompt, the association's phone and mailbox in the chrome; "
        "the posting date also accepted",
        page="""
!m 祎川县建筑装饰行业协会
!m 协会首页 / 协会公告 / 倡议
!t 〖会员共守〗关于推广使用环保踢脚线的倡议书（请会员单位张贴）
{T}
!m 发布：协会秘书处　时间：2025-03-18　浏览：188
{BODY}
!a 会员单位下载盖章版请先登录
!l 相关：2025年度会员单位信用评价结果公示
!m 协会电话：0579-6809331　邮箱：ycjszs@126.com
!d 转载请注明来源：祎川县建筑装饰行业协会官网
""",
        body="""
全县各装饰装修企业、建材经销商：
踢脚线虽小，却是室内甲醛释放的“隐形来源”之一。近期市场监管部门抽查发现，部分密度板踢脚线甲醛释放量超标。为守护消费者健康，协会向全体会员单位倡议：
一、不采购、不销售、不安装无合格证、无检测报告的踢脚线产品。
二、优先选用铝合金、不锈钢、实木及E1级以上环保板材踢脚线，在报价单中如实写明踢脚线的品牌、材质和环保等级。
三、安装时使用环保胶粘剂，减少胶粘剂用量，完工后提醒业主通风。
四、发现以次充好、虚标环保等级的行为，及时向协会和市场监管部门反映。
让我们携起手来，从一条踢脚线做起，为群众装出放心家。
祎川县建筑装饰行业协会
2025年3月15日
""",
    ),
    dict(
        slug="beile-kitchenware-recall-pizza-cutters-batches",
        site="焙乐厨具 (invented company site)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="html",
        source="https://www.beile-kitchen.com/news/notice/20250410.html",
        title="关于召回部分批次滚轮披萨刀的公告",
        record_title="服务公告丨关于召回部分批次滚轮披萨刀的公告 - 焙乐厨具官网",
        date="2025-04-10",
        notes="company site: a cookie notice, a 400 order line and a service float beside the recall's own line; "
        "recalled batches one row a paragraph; a scan-the-code sentence; the brand's name recurs in the body (head)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>服务公告丨关于召回部分批次滚轮披萨刀的公告 - 焙乐厨具官网</title>
<link rel="stylesheet" href="/assets/css/brand.min.css">
<script src="/assets/js/cookie-bar.js"></script>
</head><body>
<div class="cookie">⟦d 本站使用Cookie改善浏览体验，继续浏览即视为您同意⟧ <button>⟦a 我知道了⟧</button></div>
<header><a class="brand">⟦m 焙乐厨具⟧</a><span>⟦m BEILE KITCHENWARE⟧</span>
<nav>⟦m 产品中心　品牌故事　新闻公告　服务支持　联系我们⟧</nav>
<span class="tel">⟦m 订购热线：400-117-3355⟧</span></header>
<div class="crumb">⟦m 首页 / 新闻公告 / 服务公告⟧</div>
<article><h1>{T}</h1>
<p class="date">⟦m 发布时间：2025-04-10　阅读 4,512⟧</p>
<div class="content">
{BODY}
</div></article>
<aside><h4>⟦l 热销产品⟧</h4><ul><li>⟦l 焙乐不粘烤盘三件套⟧</li><li>⟦l 焙乐硅胶刮刀⟧</li></ul></aside>
<div class="kf">⟦w 在线客服⟧</div>
<footer>⟦m © 2025 焙乐厨具（昳州）有限公司　赣ICP备21009920号⟧</footer>
</body></html>
""",
        body="""
尊敬的消费者：
焙乐厨具（昳州）有限公司近期在质量回访中发现，部分批次的BL-PC07型滚轮披萨刀刀轮固定铆钉存在松动风险，长期使用可能导致刀轮脱落，造成划伤。为保障消费者安全，我公司决定主动召回以下批次产品：
产品型号　生产批号　生产日期　数量（把）
BL-PC07　2411A　2024年11月　3200
BL-PC07　2412B　2024年12月　2860
消费者可查看刀柄尾部激光刻印的批号，属于召回范围的，请立即停止使用，并通过以下方式办理免费更换或退款：
1.扫描包装盒背面二维码，在线登记召回信息；
2.拨打召回专线0795-8701688（每天8:30-20:30）。
由此给您带来的不便，我们深表歉意。
焙乐厨具（昳州）有限公司
2025年4月10日
""",
    ),
    dict(
        slug="jiangqi-brush-product-news-light-feather-rollers",
        site="匠漆刷具 (invented company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.jiangqi-brush.com/news/company/2025091201.html",
        title="匠漆刷具推出“轻羽”系列防掉毛滚筒刷",
        record_title="新品发布 · 匠漆刷具推出“轻羽”系列防掉毛滚筒刷 ｜ 匠漆官网",
        record_date="2025-09-12",
        date="2025-09-12",
        notes="company news as text: the record gives the date; the brand's name alone on a header line recurs in "
        "the body (head); a 400 service line",
        page="""
!m 匠漆刷具
!m JIANGQI BRUSH · 专注刷具二十年
!m 首页 › 新闻中心 › 公司新闻
{T}
!m 2025-09-12　浏览 1,320
{BODY}
!a 分享到：微信　微博　QQ
!l 上一篇：匠漆刷具通过质量管理体系复审
!l 下一篇：刷墙前，滚筒刷要不要先过水？
!m 全国服务热线：400-833-7290
!d © 2025 昳州匠漆刷具有限公司 版权所有
""",
        body="""
9月10日，匠漆刷具在昳州举行新品发布会，推出“轻羽”系列防掉毛滚筒刷。
“轻羽”系列采用热熔一体成型工艺，刷毛与刷芯之间不用胶水粘接，经第三方检测，连续滚涂一百平方米掉毛不超过三根。刷芯内置防水涂层，浸泡清洗后不易开胶变形。
该系列共有四英寸、七英寸、九英寸三种规格，刷柄统一采用通用螺纹，可与市面上大多数伸缩杆配套使用。
公司负责人介绍，“轻羽”系列首批产品已在全国三十余家建材门店上架，面向家装工人和自己动手刷墙的用户销售。
""",
    ),
    dict(
        slug="maiduo-baking-school-pizza-weekend-brochure",
        site="麦垛西点学校 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.maiduo-xidian.com/course/pizza-weekend.html",
        title="手工披萨周末班招生简章",
        record_title="【周末充电】手工披萨周末班招生简章（零基础可学）｜麦垛西点学校",
        date=None,
        notes="training school: a promo banner, a consult float, a 400 franchise line beside the course's own "
        "报名电话; a course table one row a paragraph; a scan-to-sign-up sentence; an update stamp (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【周末充电】手工披萨周末班招生简章（零基础可学）｜麦垛西点学校</title>
<link rel="stylesheet" href="/css/school.css">
<script src="/js/consult.js"></script>
</head><body>
<div class="promo">⟦a 【早鸟价】9月30日前报名立减200元，名额有限⟧</div>
<div class="top"><span class="logo">⟦m 麦垛西点学校⟧</span><span>⟦m 一粒麦子，一门手艺⟧</span></div>
<div class="nav">⟦m 学校首页 | 课程设置 | 师资力量 | 学员作品 | 就业创业 | 来校路线⟧</div>
<div class="pos">⟦m 首页 › 课程设置 › 短期周末班⟧</div>
<div class="detail"><h1>{T}</h1>
<p class="meta">⟦m 发布：招生办　浏览 2,940　更新于 5 天前⟧</p>
<div class="txt">
{BODY}
</div>
<p class="btns">⟦a 立即预约试听⟧ ⟦a 下载课程表⟧</p></div>
<div class="side"><h4>⟦l 热门课程⟧</h4><ul><li>⟦l 法式甜点三个月创业班⟧</li><li>⟦l 裱花蛋糕周末班⟧</li></ul></div>
<div class="float">⟦w 课程顾问在线，点我咨询⟧</div>
<div class="foot">⟦m 全国招商加盟热线：400-606-8817⟧<br>⟦m 校址：矞阳县矞兴路南段166号⟧</div>
</body></html>
""",
        body="""
一、课程介绍
本课程面向零基础学员，用四个周末教会你从揉面、发酵、酱料到烘烤、分切的全流程，结业后可独立制作六款经典披萨。
二、课程安排
课次　内容　课时
第一周　面团揉制与发酵控制　6课时
第二周　番茄底酱与白酱调制　6课时
第三周　配料搭配与烤箱温控　6课时
第四周　分切技巧与出品摆盘　6课时
三、学员须知
分切课上将统一发放滚轮披萨刀和摇摆刀，学员须按老师示范握刀，不得把手放在刀轮行进方向；下课前清洗擦干后交回。
四、报名方式
每班限招12人，学费1680元（含材料费）。报名电话：0736-5289066，也可扫描宣传页上的二维码在线报名。
""",
    ),
    dict(
        slug="qijiang-training-trainee-insight-putty-knife",
        site="砌匠装修技能培训学校 (invented)",
        style="培训机构",
        genre="学员心得",
        kind="other",
        form="text",
        source="http://www.qijiangpx.com/xueyuan/xinde/0612.html",
        title="学刮腻子二十天，我终于拿稳了腻子刀",
        record_title="【我的学艺路】学刮腻子二十天，我终于拿稳了腻子刀 - 砌匠培训",
        date=None,
        notes="training school's trainee story: a trial-lesson link, a recruiter's WeChat and phone, a relative "
        "post time (no date)",
        page="""
!m 砌匠装修技能培训学校　学手艺，端稳饭碗
!m 首页 > 学员风采 > 学员心得
!t 【我的学艺路】学刮腻子二十天，我终于拿稳了腻子刀 - 砌匠培训
{T}
!m 发布于 3 周前　阅读 566
{BODY}
!a 免费试听一节墙面课 →
!w 招生老师微信：qijiang_zs（同电话 139-0795-2210）
!l 其他学员心得：从外卖骑手到瓷砖师傅
!l 其他学员心得：四十岁学刷漆，晚吗？
!m 砌匠培训 版权所有　地址：昳州市镫岭区工业大道77号
""",
        indent="\u3000\u3000",
        body="""
报名砌匠的墙面班之前，我在工厂流水线干了六年，从来没拿过腻子刀。第一天上课，老师让我们每人领一把六寸腻子刀、一块托灰板，在墙板上刮第一遍，我刮得满墙都是坑，腻子掉了一地。
老师没急着讲理论，先纠正握刀：拇指压在刀片根部，其余四指握柄，刀片与墙面保持三十度左右，推的时候用力均匀，收的时候手腕轻轻一翻。我在实训间一遍遍练，晚上回宿舍还拿着空刀比画。
第十天，我刮的墙第一次用靠尺量没有超过两毫米的缝。第二十天结业考核，我拿到了优秀。现在我已经跟着师傅上了工地，一天能刮四十多个平方。
想对还在犹豫的朋友说：手艺不怕起步晚，就怕不肯练。
""",
    ),
    dict(
        slug="bikuaikuai-app-host-script-charcoal-safety",
        site="笔快快 (invented writing app, H5 share page)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="html",
        source="https://h5.bikuaikuai.com/share/essay?id=5510927&from=wx",
        title="“暖冬安全行”冬季安全用炭宣传活动主持词",
        record_title="“暖冬安全行”冬季安全用炭宣传活动主持词（社区版·照念即可）· 笔快快",
        date=None,
        notes="writing app H5 share: an open-app mask, a fold line between paragraphs, an AI-rewrite button glued "
        "after a 。, use counts; a host script with no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>“暖冬安全行”冬季安全用炭宣传活动主持词（社区版·照念即可）· 笔快快</title>
<link rel="stylesheet" href="https://h5.bikuaikuai.com/static/share.css">
<script src="https://h5.bikuaikuai.com/static/openapp.js"></script>
</head><body>
<div class="mask">⟦a 打开笔快快APP，阅读完整范文⟧</div>
<div class="bar"><span>⟦m 笔快快⟧</span><span>⟦m 写材料，快人一步⟧</span><a>⟦a 打开⟧</a></div>
<div class="cat">⟦m 主持词 · 社区活动⟧</div>
<h1>{T}</h1>
<p class="stat">⟦m 收藏 2.1万 · 已有 9,877 人使用⟧</p>
<div class="essay">
{BODY}
</div>
<div class="tools">⟦a 复制全文⟧ ⟦a 导出文档⟧ ⟦a 换一篇⟧</div>
<div class="rec"><p>⟦l 相关范文⟧</p><p>⟦l 社区消防安全宣传活动主持词⟧</p><p>⟦l 冬季送温暖慰问活动主持稿⟧</p></div>
<div class="ft">⟦d 范文由用户上传或平台整理，仅供参考，请勿用于商业用途。⟧</div>
</body></html>
""",
        body="""
尊敬的各位居民朋友、各位来宾：
大家上午好！寒冬已至，温暖相伴。欢迎大家来到“暖冬安全行”冬季安全用炭宣传活动现场。
炭火能给我们带来温暖，也可能带来危险。今天，我们特别邀请了县消防救援大队的教官和县中医院急诊科的医生，为大家讲一讲怎样安全用炭。⟦a AI一键改写本段⟧
首先，请消防教官为大家演示炭盆摆放和长柄炭夹的正确使用方法，大家掌声欢迎！
⟦a 展开全文 ∨⟧
感谢教官的精彩演示。接下来，有请急诊科医生为大家讲解一氧化碳中毒和烫伤的急救知识。
活动最后，社区志愿者将为辖区独居老人赠送长柄炭夹和一氧化碳报警器，请领到的居民朋友回家后按照刚才学到的方法使用。
今天的活动到此结束，祝大家温暖过冬、平安过冬，谢谢大家！
""",
    ),
    dict(
        slug="gaoduoduo-app-report-maintenance-lead-oneline",
        site="稿多多 (invented writing app)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://m.gaoduoduo.cn/fw/shuzhi/88214",
        title="物业维修班班长2024年度述职报告",
        record_title="物业维修班班长2024年度述职报告（拿去改个名就行）- 稿多多",
        date="2025-01-10",
        notes="writing app as text: the whole body on one line (paragraphs apart only by their indent); AI buttons "
        "and an open-app prompt; the 述职人 and date at the end",
        page="""
!m 稿多多 · 范文随身带
!a 打开稿多多APP 查看更多
!t 物业维修班班长2024年度述职报告（拿去改个名就行）- 稿多多
!m 述职报告 · 物业 · 1,203人已使用
{BODY}
!a AI续写　AI润色　复制全文
!l 相关范文：物业客服主管年度述职报告 ｜ 维修工个人年终总结
!d 范文由用户投稿，仅供参考。
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
各位领导、同事：
2024年，我担任昦园物业维修班班长，带领五名维修工负责小区十二栋楼的日常维修和公共部位维护。现将一年来的工作述职如下：
一、完成日常维修任务。全年受理业主报修1362件，办结率99.6%，平均响应时间二十五分钟。
二、配合开展楼道粉刷。按照社区“楼道焕新”安排，维修班利用业余时间培训志愿者使用滚筒刷和伸缩杆，自己动手粉刷楼道九个单元，节约外包费用三万余元。
三、加强工具管理。建立维修工具借还台账，滚筒刷、刷桶等粉刷工具用后当天清洗晾干，全年工具损耗比上年下降三成。
不足之处是夜间应急维修人手偏紧，部分老楼管线老化问题还没有根治。新的一年，我将继续带好队伍，把小事办细、把难事办好。
述职人：钟远山
2025年1月10日
""",
    ),
]
