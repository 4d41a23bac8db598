"""holdout214, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP (one HTML and one text case each), and
公考论坛 (HTML).

Every page, site, place, person, number and URL here is invented; see ../README.md and ../build.py.
"""

CASES = [
    dict(
        slug="community-chunwan-old-shoe-cabinet-pickup-notice",
        site="蓴湾社区居民之家 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.chunwan-sq.example.cn/tzgg/202510/0917.html",
        title="关于开展旧鞋柜免费上门回收活动的通知",
        record_title="【邻里服务】关于开展旧鞋柜免费上门回收活动的通知_蓴湾社区居民之家",
        date="2025-10-09",
        notes="residents' site: a weather line, a grid member's box with a mobile, a property repair line beside the community's "
        "own 咨询电话; 扫码预约 as content; the 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【邻里服务】关于开展旧鞋柜免费上门回收活动的通知_蓴湾社区居民之家</title>
<link rel="stylesheet" href="/css/sq.css">
<script src="/js/weather.js"></script>
</head><body>
<div class="top">⟦m 蓴湾社区居民之家⟧　⟦m 今日籥山：晴 15~24℃ 空气良⟧</div>
<div class="nav">⟦m <a>首页</a> <a>社区公告</a> <a>党建园地</a> <a>便民服务</a> <a>居民议事</a>⟧</div>
<div class="loc">⟦m 首页 ＞ 社区公告⟧</div>
<div class="main"><h2>{T}</h2>
<p class="meta">⟦m 发布：社区居委会　时间：2025-10-09　阅读 233⟧</p>
<div class="txt">
{BODY}
</div></div>
<div class="side">
<div class="grid"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格　林一苇　13807391275⟧</p></div>
<div class="wy"><p>⟦m 物业24小时报修：0739-8290555⟧</p></div>
<div class="links"><h4>⟦l 近期公告⟧</h4><p>⟦l 关于小区二次供水水箱清洗的通知⟧</p><p>⟦l 重阳节敬老活动报名啦⟧</p></div>
</div>
<div class="foot">⟦m 籥山街道蓴湾社区居民委员会　地址：蓴湾路6号⟧</div>
</body></html>
""",
        body="""
各位居民：
为减少楼道堆物，方便大家处理家中闲置的旧鞋柜，社区联合籥山再生资源回收站，于10月13日至10月26日开展旧鞋柜免费上门回收活动。有关事项通知如下：
一、回收范围：木质、铁皮、塑料等各类旧鞋柜，以及楼道内无人认领的鞋架。
二、预约方式：扫描社区公告栏上的二维码预约，或拨打社区电话登记，回收站工作人员将在预约后两日内上门搬运。
三、特别说明：独居老人、残疾人家庭可由社区志愿者协助搬运，不收取任何费用；回收站不得向居民索要搬运费。
咨询电话：0739-8290316（社区居委会，工作日）。
蓴湾社区居民委员会
2025年10月9日
""",
    ),
    dict(
        slug="community-hanbin-square-dance-microphone-pledge",
        site="浛滨社区网 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://hanbin.example-sq.cn/news/2025/0526/88.html",
        title="关于广场舞音响话筒音量“降一降”的倡议书",
        date="2025-05-26",
        notes="residents' site as text, record title as is; sharing the pledge with family (分享 as content); a grid line and "
        "a property line around it",
        page="""
!m 浛滨社区网　|　浛岭县城关镇浛滨社区
!m 首页 > 社区动态 > 倡议书
{T}
!m 2025-05-26 发布　|　浏览 418
{BODY}
!l 分享到微信
!m 网格员值班电话：13973146220
!m 物业服务中心：0731-5738800
""",
        indent="\u3000\u3000",
        body="""
广大居民朋友、各广场舞队：
傍晚的滨江广场是大家健身娱乐的好去处。近来，不少居民反映，个别舞队音响开得过大，领舞用的无线话筒喊话声音刺耳，影响了周边居民休息和学生学习。为营造和谐安静的居住环境，社区向大家倡议：
一、音量降一降。音响音量以舞队范围内能听清为宜，话筒喊口令时尽量压低音量，不要把音箱对准居民楼。
二、时间守一守。晚上跳舞请在21:00前结束，高考、中考期间暂停使用音响和话筒。
三、邻里让一让。不同舞队之间错开场地，相互体谅，有矛盾找社区调解。
欢迎大家把这份倡议分享给家人和舞友，一起做文明健身的好邻居。
浛滨社区居民委员会
2025年5月26日
""",
    ),
    dict(
        slug="association-chou-sewing-equipment-pledge-cn-date",
        site="犨城市缝制设备行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.chou-fzsb.example.org.cn/xhdt/2025/0421/310.html",
        title="关于规范二手工业缝纫机交易的倡议书",
        record_title="〖同业共守〗关于规范二手工业缝纫机交易的倡议书 - 犨城市缝制设备行业协会",
        date="2025-04-18",
        date_also=["2025-04-21"],
        notes="association site: a member-login row and a member hotline; the association's name in the header is also the "
        "signature (matched as head); the 成文日期 in Chinese numerals; the site's date differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〖同业共守〗关于规范二手工业缝纫机交易的倡议书 - 犨城市缝制设备行业协会</title>
<link rel="stylesheet" href="/css/xh.css">
</head><body>
<div class="login">⟦a 会员单位登录　｜　入会申请　｜　忘记密码⟧</div>
<div class="head">⟦m 犨城市缝制设备行业协会⟧</div>
<div class="nav">⟦m <a>首页</a> <a>协会概况</a> <a>协会动态</a> <a>行业标准</a> <a>会员风采</a> <a>联系我们</a>⟧</div>
<div class="loc">⟦m 首页 » 协会动态 » 自律公约⟧</div>
<div class="art"><h2>{T}</h2>
<p class="info">⟦m 发布时间：2025-04-21　来源：协会秘书处⟧</p>
<div class="body">
{BODY}
</div></div>
<div class="foot"><p>⟦m 会员服务热线：0739-8857016⟧</p><p>⟦m 协会地址：犨城市瀔江区纺织路33号⟧</p><p>⟦m 湘ICP备20029914号⟧</p></div>
</body></html>
""",
        body="""
全市缝制设备经销、维修企业：
近年来，二手工业缝纫机交易日益活跃，但也出现了翻新机冒充新机、改动铭牌、隐瞒故障等问题，损害了服装加工企业的合法权益。为维护行业信誉，协会向全体会员单位和从业者倡议：
一、如实标注。销售二手缝纫机应在醒目位置标明“二手”字样，如实注明出厂年份、使用年限和维修记录。
二、保留原铭牌。不得更换、涂改机头铭牌和电机编号，不得以翻新机冒充新机销售。
三、承担售后。出售的二手设备提供不少于三个月的保修，主动向买方说明安全使用注意事项。
四、相互监督。发现违规行为的，可向协会秘书处反映，协会将在会员范围内通报。
犨城市缝制设备行业协会
二〇二五年四月十八日
""",
    ),
    dict(
        slug="association-hanling-weighing-council-minutes-vote",
        site="浛岭县衡器行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.hlhengqi.example.org/xhgg/20250915.html",
        title="浛岭县衡器行业协会第三届理事会第二次会议纪要",
        record_title="［理事会文件］浛岭县衡器行业协会第三届理事会第二次会议纪要｜浛岭衡器协会",
        date="2025-09-12",
        notes="association minutes as text: 时间/地点/主持/出席/列席/记录 lines and a vote count; the date from the 时间 line; "
        "a member-login row and a member hotline",
        page="""
!m 浛岭县衡器行业协会
!a 会员登录　|　加入协会
!m 首页 » 协会公告
!t ［理事会文件］浛岭县衡器行业协会第三届理事会第二次会议纪要｜浛岭衡器协会
{BODY}
!m 会员服务热线：0731-5740211
!m 浛岭县衡器行业协会秘书处　版权所有
""",
        body="""
时间：2025年9月12日上午9:00
地点：协会会议室
主持：郚建国（会长）
出席：理事17人（应到19人）
列席：县市场监管局计量股、县计量检定所代表
记录：林一苇
会议审议通过了《浛岭县电子秤经营自律公约》，要求会员单位不生产、不销售、不维修带遥控作弊功能的电子秤，维修电子秤须登记送修人信息。
会议研究了今年第四季度“电子秤进社区”免费校准活动安排，由秘书处会同县计量检定所制定具体方案。
表决情况：应到理事19人，实到17人，同意17人，反对0人，弃权0人。
""",
    ),
    dict(
        slug="company-xinglian-router-certification-news",
        site="鄩川星联通信 (invented company)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.xinglian-tech.example.com/news/company/20250612.html",
        title="星联通信新一代家用双频路由器通过入网检测",
        record_title="星联通信新一代家用双频路由器通过入网检测 - 公司动态 - 星联通信",
        record_date="2025-06-12",
        date="2025-06-12",
        notes="company site: a cookie notice, a service float; the title repeated and glued before the first words of the lead; "
        "the company's short name in the header also stands in the body (matched as head); record date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>星联通信新一代家用双频路由器通过入网检测 - 公司动态 - 星联通信</title>
<link rel="stylesheet" href="/assets/site.css">
<script src="/assets/cookie.js" defer></script>
</head><body>
<header><a class="brand" href="/">⟦m 星联通信⟧</a>
<nav>⟦m <a>首页</a> <a>产品中心</a> <a>解决方案</a> <a>新闻中心</a> <a>服务支持</a> <a>关于我们</a>⟧</nav></header>
<div class="crumb">⟦m 首页 / 新闻中心 / 公司新闻⟧</div>
<article><h1>{T}</h1>
<p class="date">⟦m 2025-06-12　浏览 1,206⟧</p>
{BODY}
<p class="share">⟦l 分享至：微信　微博　领英⟧</p>
<p class="pn">⟦l 上一篇：星联通信亮相犨城数字经济博览会⟧</p>
</article>
<div class="float-service">⟦w 在线客服⟧<br>⟦w 售后热线 400-092-6618⟧</div>
<div class="cookie">⟦d 本网站使用Cookie来改善浏览体验，继续浏览即表示您同意我们的Cookie政策⟧ <button>⟦a 我知道了⟧</button></div>
<footer>⟦m © 2025 鄩川星联通信技术有限公司　鄂ICP备22061105号-1⟧</footer>
</body></html>
""",
        body="""
⟦t 星联通信新一代家用双频路由器通过入网检测⟧近日，鄩川星联通信技术有限公司自主研发的XL-AX30家用双频路由器通过电信设备进网检测，取得进网许可证，标志着该产品具备了规模上市的条件。
XL-AX30采用双频并发设计，最高无线速率达到3000兆，内置四根高增益天线，可满足120平方米以内户型的全屋覆盖。针对家庭用户普遍忽视的安全问题，产品首次开机时强制用户设置管理密码，并默认关闭远程管理功能。
据介绍，该产品从立项到通过检测历时14个月，研发团队先后完成了高温、跌落、静电等23项可靠性试验。星联通信计划今年第三季度在鄩川、犨城等地率先铺货，并向农村宽带用户推出以旧换新服务。
""",
    ),
    dict(
        slug="company-jinheng-kitchen-scale-recall-batches",
        site="犨城金衡电子 (invented company)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.jinheng-scale.example.com/gonggao/2025-07.html",
        title="关于召回部分批次厨房电子秤的公告",
        date="2025-07-22",
        notes="company site as text, record title as is: a recall with its batches table; the recall line beside a 400 sales "
        "line; the 成文日期 under the signature",
        page="""
!m 犨城金衡电子有限公司
!m 首页 | 产品 | 服务 | 公告 | 联系
{T}
{BODY}
!m 产品订购热线：400-831-5588
!a 返回公告列表
!d © 犨城金衡电子有限公司 保留所有权利
""",
        indent="\u3000\u3000",
        body="""
尊敬的用户：
我公司近期在质量抽查中发现，部分批次JH-K5型厨房电子秤的电池仓盖卡扣强度不足，跌落后可能脱开，纽扣电池存在被儿童误吞的风险。为保障用户安全，我公司决定自即日起召回下列批次产品：
型号　生产批次　生产日期　数量
JH-K5白色　K5-2503A　2025年3月　3200台
JH-K5白色　K5-2504B　2025年4月　2860台
JH-K5粉色　K5-2504C　2025年4月　1540台
请持有上述批次产品的用户立即停止使用，将电池取出妥善保管，并拨打召回专线0739-8876021登记，我公司将免费寄送新电池仓盖或为您更换新品。
犨城金衡电子有限公司
2025年7月22日
""",
    ),
    dict(
        slug="training-qiaozhen-sewing-weekend-class-brochure",
        site="巧针服装技能培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.qiaozhen-px.example.cn/zsjz/2025-spring.html",
        title="零基础服装缝纫周末班招生简章",
        record_title="〖手作课堂〗零基础服装缝纫周末班招生简章（包教包会到出师）｜巧针培训",
        date=None,
        notes="training school: a promo banner, a consult float and a 400 franchise line beside the school's own 报名电话; a course "
        "table; 扫码报名 as content; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〖手作课堂〗零基础服装缝纫周末班招生简章（包教包会到出师）｜巧针培训</title>
<link rel="stylesheet" href="/css/px.css">
<script src="/js/kf53.js"></script>
</head><body>
<div class="banner">⟦a 春季特惠：两人同报立减200元，仅剩最后8个名额！⟧</div>
<div class="head">⟦m 巧针服装技能培训学校⟧　⟦m 让每一双手都有手艺⟧</div>
<div class="nav">⟦m <a>首页</a> <a>课程设置</a> <a>师资团队</a> <a>学员作品</a> <a>加盟合作</a>⟧</div>
<div class="main"><h1>{T}</h1>
<div class="content">
{BODY}
</div></div>
<div class="float-zx">⟦w 课程顾问在线⟧<br>⟦a 点击咨询⟧</div>
<div class="foot"><p>⟦m 全国加盟热线：400-155-0739⟧</p><p>⟦m 校址：犨城市瀔江区纺织路35号二楼⟧</p><p>⟦m 湘ICP备23004418号⟧</p></div>
</body></html>
""",
        body="""
想给孩子做件小裙子，想自己改裤脚、换拉链？巧针服装技能培训学校春季零基础缝纫周末班开始招生啦。
一、课程安排
周次　学习内容
第1—2周　认识缝纫机、穿线绕梭、直线和曲线练习
第3—4周　量体与纸样、裁剪基础
第5—6周　缝制半身裙、松紧腰裤
第7—8周　衣物修改与拉链、扣眼缝制
二、上课时间：每周六或周日9:00—16:00，共8周。
三、班级规模：每班12人，一人一台缝纫机，工具和面料由学校提供。
四、收费标准：学费1680元，学不会可免费重修一期。
报名电话：0739-8857320（章老师），也可扫描校门口海报上的二维码报名。
""",
    ),
    dict(
        slug="training-shengdong-host-class-graduate-insight",
        site="声动口才培训 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.shengdong-kc.example.com/xysy/0327.html",
        title="主持口才班结业感言：从怕话筒到爱上话筒",
        record_title="学员手记 · 主持口才班结业感言：从怕话筒到爱上话筒 - 声动口才",
        date="2025-03-27",
        notes="a training school's trainee page as text: a promo line, a trial-lesson prompt on a line of its own between "
        "paragraphs, a consult line; the trainee's signature with a date",
        page="""
!m 声动口才 · 敢说 会说 说得好
!m 首页 ＞ 学员心声
!t 学员手记 · 主持口才班结业感言：从怕话筒到爱上话筒 - 声动口才
!a 新学员首课9.9元体验，名额有限
{BODY}
!w 课程咨询：0736-2113088（鄢老师）　微信同号
!l 更多学员心声：一位退休教师的朗诵之路
!m 声动口才培训中心　鄑阳县文化路17号
""",
        indent="\u3000\u3000",
        body="""
报名主持口才班之前，我是一个一拿起话筒手就抖的人。单位年会让我说两句，我攥着话筒，脑子一片空白，最后只憋出一句“祝大家新年快乐”。
这八周，老师从呼吸和站姿教起。第一次课，每个人拿着关了电源的话筒在台上站三分钟，什么都不用说，只要看着台下的人。就这三分钟，我出了一身汗。
⟦a ——想体验同款课程？本周六试听课开放预约——⟧
后来慢慢练开场白、练串词、练即兴应变。老师说，话筒不是盾牌，不用把它捂在嘴边；离嘴一拳，声音自然，手也就不抖了。
结业汇报那天，我主持了整场演出，话筒在手里稳稳的。下个月单位的职工运动会，我主动报了名当主持人。
学员　俞小满
2025年3月27日
""",
    ),
    dict(
        slug="writingapp-bisu-host-script-red-songs-h5",
        site="笔速写作 (invented writing app, H5 share)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="html",
        source="https://h5.bisuxiezuo.example.com/share/doc?id=bs88213&from=wx",
        title="社区“我和我的祖国”红歌赛主持词",
        record_title="社区“我和我的祖国”红歌赛主持词（含开场白和结束语）· 笔速写作",
        date=None,
        notes="a writing app's H5 share: an open-app mask, AI buttons, a fold on a line of its own between paragraphs; a host "
        "script (no date); the speaker turns stay in the body",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>社区“我和我的祖国”红歌赛主持词（含开场白和结束语）· 笔速写作</title>
<link rel="stylesheet" href="https://cdn.bisuxiezuo.example.com/h5/share.css">
<script src="https://cdn.bisuxiezuo.example.com/h5/openapp.js"></script>
</head><body>
<div class="app-mask">⟦a 打开笔速写作APP，阅读体验更佳⟧ <a class="btn">⟦a 立即打开⟧</a></div>
<div class="h5-head">⟦m 笔速写作⟧　⟦m 写作，快人一步⟧</div>
<div class="doc"><h1>{T}</h1>
<div class="doc-meta">⟦m 作者：笔速小编　字数 396　收藏 1.1k⟧</div>
<div class="ai-bar">⟦a ✨ AI续写　✨ AI换个风格　✨ 一键仿写⟧</div>
<div class="doc-text">
{BODY}
</div>
<div class="doc-foot">⟦a 复制全文需开通笔速会员⟧</div></div>
<div class="rec"><h4>⟦l 相关范文⟧</h4><p>⟦l 国庆文艺汇演主持词（社区版）⟧</p><p>⟦l 重阳节敬老晚会串词⟧</p></div>
<div class="h5-foot">⟦m 笔速写作 © 2025　粤ICP备22081167号-4⟧</div>
</body></html>
""",
        body="""
甲：尊敬的各位居民朋友，
乙：亲爱的合唱队员们，
合：大家晚上好！
甲：金秋十月，丹桂飘香。今晚，我们相聚在社区文化广场，用歌声表达对祖国的热爱。
乙：本次红歌赛共有8支队伍参赛，由社区党委、居委会主办。
⟦a 余下3段已折叠，打开APP查看完整主持词⟧
甲：首先登场的是夕阳红合唱队，他们带来的是《我和我的祖国》，掌声有请！
乙：一首老歌，唱出了几代人的心声。下面，请欣赏童声合唱《歌唱祖国》，请工作人员把话筒调到低位，方便小朋友们演唱。
甲：歌声嘹亮，情深意长。
乙：让我们把最热烈的掌声送给今晚所有的参赛队伍！
合：本次红歌赛到此结束，祝大家晚安！
""",
    ),
    dict(
        slug="writingapp-kuaibi-network-team-leader-report",
        site="快笔公文 (invented writing app)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://app.kuaibigw.example.cn/s/7741kx",
        title="网络运维班班长2024年度个人述职报告",
        date="2025-01-08",
        notes="a writing app's share page as text, record title as is: a member-only line on a line of its own between "
        "paragraphs, an AI-polish button glued after a 。; the 成文日期 under the signature",
        page="""
!m 快笔公文APP · 分享页
{T}
!m 快笔用户 wenfeng_09 分享　｜　已有 2,116 人看过
{BODY}
!a 打开快笔公文，免费领3天会员
!l 同类范文：运维工程师年终述职｜信息中心主任述职报告
!m 快笔公文 kuaibigw.example.cn
""",
        indent="\u3000\u3000",
        body="""
2024年，我担任公司网络运维班班长，带领6名班员负责全市218家门店路由器和网络设备的运维工作。现将全年履职情况报告如下。
一、主要工作。全年处理门店网络故障1863起，平均修复时间由去年的4.2小时缩短到2.6小时；完成1120台老旧路由器的更换，新设备统一关闭远程管理、修改默认密码，全年未发生网络安全事件。⟦a ✦ AI润色本段⟧
⟦a 以下为会员专享内容，开通后可阅读全文⟧
二、班组建设。建立路由器故障知识库，整理常见故障处理方法47条；组织技能比武两次，1名班员获市公司“技术能手”称号。
三、不足和打算。一是远程巡检手段不多，二是夜间值守人员紧张。2025年，我将推动门店路由器统一接入网管平台，实现故障自动告警。
述职人：林一苇
2025年1月8日
""",
    ),
    dict(
        slug="gkforum-shangan-interview-shoe-cabinet-jammer",
        site="上岸论坛 (invented civil-service-exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://bbs.shangan.example.com/thread-320917-1-1.html",
        title="社区清理楼道鞋柜遭居民抵触，你怎么做？",
        record_title="〖结构化真题〗社区清理楼道鞋柜遭居民抵触，你怎么做？（含本人答题框架）- 结构化面试 - 上岸论坛",
        date=None,
        notes="exam forum: jammer fonts inside the answer, a reply-to-see prompt, a rating row, a QQ-group ad; relative post "
        "time (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〖结构化真题〗社区清理楼道鞋柜遭居民抵触，你怎么做？（含本人答题框架）- 结构化面试 - 上岸论坛</title>
<style>.jammer{position:absolute;left:-9999px}</style>
<script src="/static/js/discuz.js"></script>
</head><body>
<div id="hd">⟦m 上岸论坛 · 公考人的互助社区⟧　⟦a <a>登录</a> <a>立即注册</a>⟧</div>
<div id="pt">⟦m 上岸论坛 › 面试交流 › 结构化面试⟧</div>
<div class="stat">⟦m 查看: 3308 | 回复: 41⟧</div>
<table class="plhin"><tr><td class="pls">⟦m 楼主　稳稳上岸2025⟧<br>⟦m 精华 3　积分 1560⟧</td>
<td class="plc"><h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 发表于 5 天前⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖隐藏的评分标准需回复后才能查看⟧</div>
<div class="rate">⟦l 评分　参与人数 4　体力 +12　收起理由：答得有层次⟧</div>
</td></tr></table>
<div class="ad">⟦w 面试冲刺群：QQ群 702318845，每晚模拟答题点评⟧</div>
<div id="ft">⟦m 上岸论坛　( 京ICP备20077105号 )⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
题目：你是社区工作人员，社区开展楼道鞋柜清理行动，部分居民认为“放了十几年都没事”，拒绝配合，还有人在业主群里发牢骚。你怎么做？
参考作答：
首先，稳定情绪，摸清原因。我会和楼栋长一起逐户上门，耐心听取居民的想法，弄清楚是没地方放、担心鞋柜损坏，还是对政策不理解。
其次，讲清道理，拿出办法。用消防部门提供的楼道火灾案例，讲明堆物的危害；对家里确实放不下的，协调在架空层设置公共鞋架，对独居老人安排志愿者帮忙搬运。
再次，回应网上的声音。在业主群里及时发布清理方案和进度，对居民的疑问逐条回复，邀请有意见的居民参与监督。
最后，总结经验，建立长效机制，推动把楼道管理写进居民公约。
""",
    ),
]
