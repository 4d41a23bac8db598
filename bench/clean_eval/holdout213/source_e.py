"""holdout213, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP (each once as HTML, once as text).

Written by hand for this part; every place, person, firm, site, URL and phone is invented.
"""

CASES = [
    dict(
        slug="community-banwan-reminder-mahjong-noise-grid-box",
        site="浜湾社区网 (invented, residents' site)",
        style="社区网站",
        genre="温馨提示",
        kind="notice",
        form="html",
        source="http://www.banwansq.cn/tzgg/2025/0218/417.html",
        title="关于规范居民楼内自动麻将机使用减少噪声扰邻的温馨提示",
        record_title="【邻里和谐】关于规范居民楼内自动麻将机使用减少噪声扰邻的温馨提示 - 浜湾社区网",
        date="2025-02-18",
        notes="residents' site: weather line, a grid worker's box with a mobile, property repair lines; the community's "
        "own 联系人/电话 beside them; a volunteer-recruitment line between paragraphs; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【邻里和谐】关于规范居民楼内自动麻将机使用减少噪声扰邻的温馨提示 - 浜湾社区网</title>
<script src="/js/weather.js"></script>
</head><body>
<div class="top">⟦m 浜湾社区网⟧ <span>⟦m 觥城区鏊山街道浜湾社区居民委员会⟧</span> <span>⟦m 今日 晴 4~13℃ 空气良⟧</span></div>
<ul class="nav"><li>⟦m 社区首页⟧</li><li>⟦m 社区公告⟧</li><li>⟦m 办事指南⟧</li><li>⟦m 邻里互助⟧</li><li>⟦m 志愿服务⟧</li></ul>
<div class="loc">⟦m 您的位置：社区首页 / 社区公告⟧</div>
<div class="art"><h2>{T}</h2>
<p class="meta">⟦m 发布：社区居委会　阅读 1106⟧</p>
<div class="art-body">
{BODY}
</div></div>
<div class="grid-box"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格　尹小芹　手机 152 7930 4418⟧</p></div>
<div class="wy"><p>⟦m 物业24小时报修：0793-8829900⟧</p><p>⟦m 物业夜间值班：0793-8829911⟧</p></div>
<div class="foot">⟦m 浜湾社区居民委员会　地址：鏊山路浜湾小区12栋旁⟧<br>⟦m 赣ICP备21007719号⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
近一个月，社区接到多起关于楼内自动麻将机深夜噪声的反映。为营造安静和谐的居住环境，社区居委会联合小区物业提示如下：
一、请在家中使用自动麻将机的居民，在机脚下垫上减震垫，不要把麻将机靠着与邻居共用的墙摆放。
二、晚上10点至次日早上7点，请暂停使用麻将机。
⟦l 【招募】社区“静夜守护”志愿者，报名请到居委会一楼⟧
三、居民楼内不得开设经营性棋牌室，发现有偿经营的，社区将联合有关部门依法处理。
四、邻里之间有矛盾，可到社区“和事佬”调解室协商解决，调解室开放时间请关注“浜湾邻里”公众号。
社区联系人：尹小芹，电话：0793-8823571。
浜湾社区居民委员会
2025年2月18日
""",
    ),
    dict(
        slug="community-pawan-plan-childrens-day-candyfloss",
        site="耙湾社区居民之家 (invented, text copy)",
        style="社区网站",
        genre="方案",
        kind="plan",
        form="text",
        source="http://pawan.jmzj.example.cn/huodong/2025/0520/91.html",
        title="耙湾社区“六一”游园会棉花糖机志愿服务活动方案",
        record_title="耙湾社区“六一”游园会棉花糖机志愿服务活动方案｜耙湾社区居民之家",
        date="2025-05-20",
        notes="residents' site text: a sentence asking volunteers to 扫描二维码 to sign up is content; a weather/notice "
        "ticker on top; numbered items; 成文日期 under the signature",
        page="""
!m 耙湾社区居民之家
!m 📢 本周六上午社区广场免费量血压
!m 首页 > 活动预告
{T}
!m 发布人：社区党群服务中心　浏览 377
{BODY}
!a 分享给邻居　｜　收藏
!l 往期活动：端午包粽子邻里宴 / 垃圾分类积分兑换日
!m 耙湾社区党群服务中心　服务电话：0793-8847220
""",
        body="""
为丰富辖区儿童“六一”节日生活，社区定于5月31日上午在社区广场举办游园会，并设立棉花糖爱心摊位。现制定志愿服务方案如下：
一、活动时间：5月31日9:00—11:30。
二、志愿者安排：招募志愿者8名，分为操作组、排队引导组、安全看护组。操作组须由两名有经验的居民担任，负责棉花糖机开机、加糖和清理。
三、安全要求：棉花糖机放置在广场东侧固定桌面上，周围拉设1米警戒线；电源线沿墙敷设并加盖线槽；儿童须在家长陪同下排队领取。
四、物资准备：社区借用商用棉花糖机2台，采购白砂糖10公斤、竹签500支。
五、报名方式：有意参加的志愿者扫描社区公众号二维码报名。
耙湾社区居民委员会
2025年5月20日
""",
    ),
    dict(
        slug="association-cookware-minutes-copper-pot-committee-vote",
        site="湓江市炊具行业协会 (invented, association site)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="html",
        source="https://www.pjcjxh.org.cn/xhdt/2025/0331/208.html",
        title="湓江市炊具行业协会铜火锅专业委员会第二次会议纪要",
        record_title="〖专委会〗湓江市炊具行业协会铜火锅专业委员会第二次会议纪要",
        date="2025-03-27",
        date_also=["2025-03-31"],
        notes="association page: member-login row, member hotline; the minutes' 时间/地点/主持/出席/列席/记录 lines and a "
        "vote count; the meeting date vs the posting date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>〖专委会〗湓江市炊具行业协会铜火锅专业委员会第二次会议纪要</title>
<script src="/js/member.js"></script>
</head><body>
<div class="top">⟦a <a>会员单位登录</a> | <a>申请入会</a>⟧ ⟦m 会员服务专线：0793-8290365⟧</div>
<div class="logo">⟦m 湓江市炊具行业协会⟧ <span>⟦m 锅碗有道　行业同心⟧</span></div>
<ul class="nav"><li>⟦m 协会概况⟧</li><li>⟦m 协会动态⟧</li><li>⟦m 标准规范⟧</li><li>⟦m 会员风采⟧</li></ul>
<div class="crumb">⟦m 首页 › 协会动态⟧</div>
<div class="news"><h1>{T}</h1>
<p class="info">⟦m 发布日期：2025-03-31　发布：秘书处　浏览：253⟧</p>
<div class="text">
{BODY}
</div></div>
<div class="pre">⟦l 上一篇：2024年度会员企业产值统计公布⟧</div>
<div class="foot">⟦m 湓江市炊具行业协会秘书处　地址：觥城区工业大道18号⟧<br>⟦m 赣ICP备20016602号-1⟧</div>
</body></html>
""",
        body="""
时间：2025年3月27日下午
地点：协会会议室
主持：专委会主任 梁卫东
出席：专委会委员11人
列席：市市场监管局质量科 章远
记录：协会秘书处 蓝小棠
会议主要议定以下事项：
一、讨论通过《紫铜火锅》团体标准（征求意见稿）。标准重点规定内壁镀锡层铅含量、炉膛通风口面积和锅耳隔热要求。到会委员11人，同意10人，弃权1人。
二、会议决定4月在斛山县举办铜火锅制作技艺交流会，由梁记工坊承办。
三、会议要求各会员企业在产品包装上印制“炭火锅请在通风处使用”警示语，6月底前完成。
四、增补湓江鼎旺厨具有限公司为专委会委员单位。
""",
    ),
    dict(
        slug="association-chess-equipment-pledge-no-cheating-tables",
        site="湓江市棋牌器材行业协会 (invented, text copy)",
        style="行业协会",
        genre="倡议书",
        kind="notice",
        form="text",
        source="http://www.pjqpqc.org/changyi/2025/0409/37.html",
        title="关于抵制生产销售作弊麻将机的倡议书",
        record_title="【自律共守】关于抵制生产销售作弊麻将机的倡议书 - 湓江市棋牌器材行业协会",
        date="2025-04-09",
        notes="association text: its name on the top line is also the signature and stands in the body (matched as "
        "head); a join-the-association line between paragraphs; 成文日期 under the signature",
        page="""
!m 湓江市棋牌器材行业协会
!m 首页 » 行业自律 » 倡议公约
{T}
!m 时间：2025-04-09　来源：协会秘书处
{BODY}
!a 【我要入会】【举报线索】
!m 秘书处电话：0793-8336014　邮箱：pjqpxh@pjqpqc.org
!m 版权所有：湓江市棋牌器材行业协会　赣ICP备22003178号
""",
        body="""
全市各麻将机生产、销售企业：
近年来，个别不法商家生产、改装带有遥控、透视功能的所谓“程序麻将机”，通过网络暗中销售，被用于赌博诈骗，严重损害了行业形象。为维护公平有序的市场环境，湓江市棋牌器材行业协会向全体会员企业倡议：
一、坚守法律底线。不生产、不改装、不销售任何带有作弊功能的麻将机及配件，不为他人加装作弊装置提供技术支持。
二、规范产品标识。每台整机在铭牌上标注生产企业、出厂编号和主板型号，便于追溯。
⟦a ▶ 尚未入会的企业，欢迎点此在线申请⟧
三、加强经销管理。与经销商签订守法经营承诺书，发现经销商违规销售的，立即终止合作并向有关部门报告。
四、畅通举报渠道。欢迎社会各界监督，协会将对举报查实的会员企业予以除名。
湓江市棋牌器材行业协会
2025年4月9日
""",
    ),
    dict(
        slug="company-tianyun-recall-candyfloss-batches-cookie",
        site="甜云电器 (invented, company site)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="html",
        source="https://www.tianyun-elec.com/news/gonggao/20250603.html",
        title="关于召回部分批次甜云MF-20型家用棉花糖机的公告",
        record_title="关于召回部分批次甜云MF-20型家用棉花糖机的公告｜公司公告｜甜云电器",
        record_date="2025-06-03",
        date="2025-06-03",
        notes="company site: cookie notice, service float, a 400 sales line; a recall table of batches (one row a "
        "paragraph); the recall's own line beside the sales line; the record gives the date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于召回部分批次甜云MF-20型家用棉花糖机的公告｜公司公告｜甜云电器</title>
<script src="/assets/js/cookie-consent.js"></script>
</head><body>
<header><a class="brand">⟦m 甜云电器 TIANYUN⟧</a>
<nav>⟦m 首页　产品中心　服务支持　新闻中心　关于甜云⟧</nav>
<span class="hotline">⟦m 选购热线 400-873-2216⟧</span></header>
<div class="crumb">⟦m 首页 / 新闻中心 / 公司公告⟧</div>
<main><h1>{T}</h1>
<p class="date">⟦m 2025-06-03　阅读 3862⟧</p>
<div class="rich">
{BODY}
</div>
<div class="share">⟦l 分享：微信 微博 复制链接⟧</div></main>
<aside class="service">⟦a 在线客服⟧ ⟦a 产品说明书下载⟧</aside>
<div class="cookie">⟦d 我们使用Cookie来改善您的浏览体验，继续浏览即表示您同意我们的隐私政策。⟧ <button>⟦a 我知道了⟧</button></div>
<footer>⟦m © 2025 湓江甜云电器有限公司　赣ICP备18015520号-1⟧</footer>
</body></html>
""",
        body="""
尊敬的用户：
我公司在质量跟踪中发现，2024年10月至12月生产的部分批次MF-20型家用棉花糖机，加热盘温控器存在失效可能，长时间连续使用时加热盘温度可能异常升高，存在烫伤和引燃隐患。为保障用户安全，我公司决定自2025年6月5日起召回上述产品。
召回范围如下：
生产批号　生产日期　数量（台）
TY2410A　2024年10月　3120
TY2411B　2024年11月　4580
TY2412C　2024年12月　2260
用户可查看机身底部铭牌上的生产批号。属于召回范围的，请立即停止使用，并拨打召回专线0793-8610532登记，我公司将免费上门更换温控器，或全额退款。
给您带来的不便，我们深表歉意。
湓江甜云电器有限公司
2025年6月3日
""",
    ),
    dict(
        slug="company-henglun-news-paper-spool-line",
        site="杵川恒纶纺织有限公司 (invented, company site, text copy)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.henglun-tex.com/news/2025/0715/166.html",
        title="恒纶纺织纸质线轴生产线正式投产",
        date="2025-07-15",
        notes="title as the record gives it; company news with a 发布时间 byline (the page's date); a share bar glued "
        "after the last sentence; product links below",
        page="""
!m 恒纶纺织 HENGLUN TEXTILE
!m 首页 | 关于恒纶 | 产品中心 | 新闻动态 | 联系我们
!m 新闻动态 > 公司新闻
{T}
!m 发布时间：2025-07-15　来源：综合办公室　浏览：214
{BODY}
!l 上一条：公司通过纺织行业绿色工厂复评
!l 下一条：恒纶纺织举办2025年技能比武
!m 销售热线：0793-6682168　传真：0793-6682169
!m Copyright © 杵川恒纶纺织有限公司
""",
        body="""
7月15日，杵川恒纶纺织有限公司纸质线轴生产线正式投产。这条生产线年产纸质线轴600万只，可满足公司全部纺纱车间的用量。
过去，公司每年要采购塑料线轴约400万只，其中近三成随货发出后无法回收。新投产的纸质线轴以再生纸浆为主要原料，强度满足高速络筒机使用要求，用后可与纸箱一起回收利用。
公司总经理席永年表示，纸质线轴投用后，公司每年可减少塑料使用约120吨。下一步，公司还将向下游客户推广“线轴随货回收”服务。⟦l 分享到：微信｜微博｜领英⟧
""",
    ),
    dict(
        slug="training-daoyun-brochure-knife-skills-blocks",
        site="刀韵烹饪学校 (invented, training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.daoyun-pr.com/zhaosheng/daogong.html",
        title="中式烹调刀工强化班招生简章",
        record_title="刀工强化班｜中式烹调刀工强化班招生简章（零基础可报）- 刀韵烹饪学校",
        date=None,
        notes="training school: promo banner, consult float, a 400 franchise line beside the school's own 报名电话; a "
        "course table (one row a paragraph); a brochure with no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>刀工强化班｜中式烹调刀工强化班招生简章（零基础可报）- 刀韵烹饪学校</title>
<script src="/js/kf.js"></script>
</head><body>
<div class="banner">⟦l 🔥 三月开班季：报名立减300元，再送专业菜刀一把⟧</div>
<header>⟦m 刀韵烹饪学校⟧ <span>⟦m 一把刀　一块墩　一门手艺⟧</span> ⟦m 加盟合作：400-116-8830⟧</header>
<nav>⟦m 学校首页　热门专业　师资团队　学员风采　报名咨询⟧</nav>
<div class="crumb">⟦m 首页 › 热门专业 › 中式烹调⟧</div>
<section><h1>{T}</h1>
<div class="intro">
{BODY}
</div></section>
<div class="form">⟦a 免费试听一节刀工课 → 立即预约⟧</div>
<div class="kf">⟦w 招生老师微信：daoyun_zs01　在线答疑⟧</div>
<footer>⟦m 刀韵烹饪学校　办学许可证号：教民136012370000413号⟧<br>⟦m 赣ICP备20011968号⟧</footer>
</body></html>
""",
        body="""
一、课程简介
刀工是中式烹调的基本功。本班以“练好一块墩、用好一把刀”为目标，系统讲授菜墩的选择与保养、持刀姿势和切、片、剁、剞等基本刀法，结业时学员可达到中式烹调师五级刀工考核要求。
二、课程安排
模块　课时　主要内容
菜墩与刀具　8　选墩、养墩、磨刀
基本刀法　32　直切、推切、锯切、平片
花刀工艺　16　麦穗花刀、荔枝花刀、蓑衣花刀
三、招生对象：16周岁以上，身体健康，有志从事餐饮行业者。
四、学费：每人2980元，含实训原料、菜墩和刀具一套。
五、报名地址：湓江市觥城区鏊山路88号刀韵烹饪学校一楼，报名电话：0793-8275066。
""",
    ),
    dict(
        slug="training-jixiutong-trainee-insight-mahjong-repair",
        site="机修通职业培训学校 (invented, text copy)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.jixiutong.cn/xueyuan/ganyan/327.html",
        title="学修麻将机的这四十天",
        record_title="【结业感言】学修麻将机的这四十天 - 机修通职业培训学校",
        date=None,
        notes="trainee's insight on a training school's page: course-ad WeChat line between paragraphs, a trial-class "
        "prompt below; no date (发布于 1 周前 is no date)",
        page="""
!m 机修通职业培训学校 — 学技术 就来机修通
!m 学员风采 › 结业感言
!t 【结业感言】学修麻将机的这四十天
!m 学员：龙小川（第37期自动麻将机维修班）　发布于 1 周前
{BODY}
!a ☎ 预约到校试学三天，不满意不收费
!l 更多学员感言：从外卖员到家电维修师傅 / 我在县城开了第一家维修店
!m 机修通职业培训学校　校址：斛山县墕口镇工业路22号
""",
        body="""
去年我从电子厂辞职，想找个能自己干的手艺。朋友说老家镇上棋牌室多，会修麻将机的人少，我就报了机修通的自动麻将机维修班。
刚开课时我连万用表都不会用。王老师从拆一台旧机开始教，一个零件一个零件地讲：洗牌大盘怎么转、升降机构怎么走、传感器坏了是什么症状。每人一台练习机，拆了装、装了拆，第一周我手上就磨出了两个泡。
⟦w 第38期麻将机维修班下月开课，报名加微信 jxt_wx2025⟧
最难的是主板检修。板子上密密麻麻的元件，一开始看着就头大。王老师教我们先看电源、再看信号，一段一段排查，慢慢也就摸出了门道。
结业考试时我抽到一台“不升牌”的故障机，二十分钟就找到了是升牌电机的碳刷磨损。现在我在镇上开了维修点，一个月能修二十多台机子。
""",
    ),
    dict(
        slug="app-luobi-host-script-copper-pot-feast-mask",
        site="落笔APP (invented, writing app H5 share)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="html",
        source="https://h5.luobi-app.com/share/article?aid=3309187&from=wx",
        title="“铜锅宴”美食文化节开幕式主持词",
        record_title="“铜锅宴”美食文化节开幕式主持词（换个地名就能用）- 落笔APP",
        date=None,
        notes="writing app H5 share: open-app mask, a fold with 'expand' action, AI-rewrite and copy buttons; a host "
        "script with 男/女/合 lines; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>“铜锅宴”美食文化节开幕式主持词（换个地名就能用）- 落笔APP</title>
<script src="https://h5.luobi-app.com/static/share.js"></script>
</head><body>
<div class="open-app-mask">⟦a 打开落笔APP，阅读体验更流畅⟧ <button>⟦a 立即打开⟧</button></div>
<div class="app-head">⟦m 落笔 · 写作助手⟧</div>
<article><h1>{T}</h1>
<div class="meta">⟦m 主持词 · 庆典活动　1.3万人读过⟧</div>
<div class="content">
{BODY}
</div>
<div class="fold">⟦a 展开剩余35% ⌄⟧</div></article>
<div class="ai-bar">⟦a ✨ AI帮我改成秋季版⟧ ⟦a 一键复制⟧ ⟦a 存到我的草稿⟧</div>
<div class="more"><h4>⟦l 相似主持词⟧</h4><p>⟦l 美食节闭幕式主持词⟧</p><p>⟦l 非遗市集开市仪式串词⟧</p></div>
<div class="foot">⟦m 落笔APP ©2025 湓江落笔网络科技有限公司⟧</div>
</body></html>
""",
        body="""
男：尊敬的各位领导、各位来宾，
女：亲爱的朋友们，
合：大家上午好！
男：金秋时节，铜锅飘香。今天，我们相聚在鏊山老街，共同迎来首届“铜锅宴”美食文化节。
女：铜火锅是我们这座城市的老味道。一口锅，炭火旺，汤底鲜，围坐的是亲人，涮起的是乡愁。
男：本届美食节为期三天，来自全市的32家铜火锅老店和5家锅具工坊将同场献艺，现场还有铜锅打制技艺展示。
女：首先，请允许我介绍出席今天开幕式的领导和嘉宾。
男：下面，有请觥城区人民政府区长致辞。
女：现在，我宣布，首届“铜锅宴”美食文化节正式开幕！
""",
    ),
    dict(
        slug="app-wenxia-report-winding-workshop-oneline",
        site="文匣APP (invented, writing app, text share)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://m.wenxia.app/s/Rk82LpQ0",
        title="络筒车间主任2024年度述职报告",
        record_title="络筒车间主任2024年度述职报告（年度精选）- 文匣APP",
        date="2025-01-08",
        notes="writing app text share with the whole body on one line; an AI-polish button glued after a sentence; "
        "述职人 line and 成文日期 at the end",
        page="""
!a 打开文匣APP　查看更多范文
!t 络筒车间主任2024年度述职报告（年度精选）
!m 文匣 · 述职报告　2.6k人收藏
{BODY}
!a 复制全文　｜　AI润色　｜　导出Word
!l 你可能还需要：纺织厂班组长述职报告 / 车间主任年终总结
!m 文匣APP　湓江文匣信息技术有限公司
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
各位领导、同事们：
2024年，我担任络筒车间主任，带领全车间86名职工完成络筒任务1.12万吨，产品质量合格率99.3%。现将一年来的工作述职如下：
一、抓产量，合理安排机台。根据订单变化灵活调整品种，全年机台利用率达到94%。
二、抓质量，减少断头和回丝。开展“零疵点”班组竞赛，万米断头数由年初的4.8个降到3.1个。⟦a ✎ 一键AI润色本段⟧
三、抓管理，堵住线轴流失。推行空线轴“以空换满”，全年线轴流失率由26%降到7%，节约采购费用约18万元。
四、抓队伍，带好新员工。组织师带徒结对15对，新员工平均上岗时间缩短一周。
不足之处是设备保养计划执行得还不够严格。新的一年，我将继续努力，带领车间再上新台阶。
述职人：柏秋云
2025年1月8日
""",
    ),
]
