"""holdout240, part E: residents' sites, associations, companies, training schools, writing apps, exam forums.

Everything here is invented; see ../README.md and ../build.py for the markup. Written by hand.
"""

CASES = [
    dict(
        slug="xingxi-community-bolt-firedoor-html",
        site="莕溪社区网 (invented, residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.xingxisq.example.cn/tzgg/2024/0612/551.html",
        title="关于拆除楼道防火门私装插销的通知",
        record_title="【居民必读】关于拆除楼道防火门私装插销的通知 - 莕溪社区网",
        date="2024-06-11",
        notes="residents' site: weather line, property repair line, grid worker's box beside the committee's own "
        "联系人/电话; a scan-to-register sentence in the body is content; 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【居民必读】关于拆除楼道防火门私装插销的通知 - 莕溪社区网</title></head>
<body>
<div class="sq-top">⟦m 莕溪社区网 · 邻里一家亲⟧　⟦m 琡湖区 多云 22～29℃⟧</div>
<ul class="sq-nav"><li>⟦m 社区首页⟧</li><li>⟦m 居务公开⟧</li><li>⟦m 便民服务⟧</li><li>⟦m 志愿者之家⟧</li></ul>
<div class="sq-pos">⟦m 首页 ＞ 居务公开 ＞ 通知公告⟧</div>
<div class="sq-art"><h2>{T}</h2>
<p class="sq-meta">⟦m 发布人：社区居委会　阅读：639⟧</p>
<div class="sq-text">
{BODY}
</div></div>
<div class="sq-side"><div class="grid">⟦m 本网格网格员：申屠佳　手机 13907318842⟧</div>
<div class="wy">⟦m 物业24小时报修：0731-8830999⟧</div>
<div class="quick">⟦l 便民电话 ｜ 水电缴费 ｜ 预约办事⟧</div></div>
<div class="sq-foot">⟦m 琡湖区玚河街道莕溪社区居委会主办　地址：莕溪路12号⟧</div>
</body></html>
""",
        body="""
各位居民：
近期，区消防救援大队在检查中发现，我社区部分楼栋的楼道常闭式防火门被住户私自加装了插销，有的长期插死，一旦发生火灾，楼上居民将无法从楼道疏散。
根据消防安全有关规定，防火门上不得加装插销、挂锁等影响开启的装置。现将有关事项通知如下：
一、请加装了插销的住户于6月20日前自行拆除，需要帮助的可扫码登记，社区将安排志愿者上门协助。
二、6月21日起，社区联合物业逐栋检查，未拆除的由物业统一拆除。
三、因防盗需要加装门锁的，请在自家入户门上加装，不得安装在公共防火门上。
感谢大家的理解和配合。
联系人：郜雨桐，电话：0731-8830465。
琡湖区玚河街道莕溪社区居民委员会
2024年6月11日
""",
    ),
    dict(
        slug="xunshan-community-hook-lift-pledge-record",
        site="蕈山社区服务网 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://xunshan.example-sq.cn/news/2024/0319/204.html",
        title="关于不在电梯轿厢内安装吸盘挂钩的倡议书",
        date="2024-03-18",
        notes="residents' site as text, title as in the record: a sentence asking residents to share the pledge "
        "is content; two signatures and 成文日期; property and committee lines in the footer",
        page="""
!m 蕈山社区服务网
!m 首页　居委动态　物业之窗　办事指南
{T}
!m 发布人：社区办公室　　阅读 207　　评论 3
{BODY}
!l 上一条：蕈山社区3月份志愿服务活动安排
!l 下一条：关于开展春季楼道杂物清理的通知
!m 居委会电话：0731-8827104　　物业前台：0731-8827300
""",
        indent="\u3000\u3000",
        body="""
各位业主、住户：
近来，我们发现小区多部电梯的轿厢镜面和不锈钢壁上，被装上了吸盘挂钩、吸盘购物袋架，还有商家用吸盘挂小广告牌。吸盘挂钩一旦脱落，容易砸到乘梯的老人和孩子；挂在上面的袋子还可能被电梯门夹住，造成电梯故障停运。
为此，蕈山社区居委会和物业服务中心共同倡议：
一、不在电梯轿厢内安装吸盘挂钩、吸盘置物架等物品，已经安装的请自行取下；
二、不在电梯内张贴、悬挂任何广告；
三、发现电梯内有吸盘挂件的，可随手拍照发到楼栋群，由物业及时清理。
也欢迎大家把这份倡议分享到各楼栋群里，让更多邻居知道。
蕈山社区居民委员会
蕈山物业服务中心
2024年3月18日
""",
    ),
    dict(
        slug="xzlock-association-minutes-vote",
        site="珦州市锁具行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="html",
        source="https://www.xzsuoxie.example.org.cn/xhdt/2024/0923/96.html",
        title="珦州市锁具行业协会第三届理事会第五次会议纪要",
        record_title="〖理事会纪要〗珦州市锁具行业协会第三届理事会第五次会议纪要 - 会员之家",
        date="2024-09-20",
        date_also=["2024-09-23"],
        notes="association site: member-login row, member hotline, the association's name as a head label; minutes "
        "with 时间/地点/主持/出席/列席/记录 lines and a vote count; the page's date differs from the meeting's",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〖理事会纪要〗珦州市锁具行业协会第三届理事会第五次会议纪要 - 会员之家</title></head>
<body>
<div class="xh-top">⟦a 会员单位登录 ｜ 入会申请⟧　⟦m 会员服务专线：0731-8865102⟧</div>
<div class="xh-logo">⟦m 珦州市锁具行业协会⟧</div>
<ul class="xh-nav"><li>⟦m 协会概况⟧</li><li>⟦m 协会动态⟧</li><li>⟦m 标准建设⟧</li><li>⟦m 会员之家⟧</li></ul>
<div class="xh-pos">⟦m 首页 / 协会动态 / 正文⟧</div>
<div class="xh-art"><h1>{T}</h1>
<p class="xh-meta">⟦m 秘书处　2024-09-23　浏览 152⟧</p>
<div class="xh-text">
{BODY}
</div>
<p>⟦l 附：往期理事会纪要（第一至第四次）⟧</p></div>
<div class="xh-foot">⟦m 珦州市锁具行业协会秘书处　地址：珦州市工业大道77号⟧</div>
</body></html>
""",
        body="""
时间：2024年9月20日上午9:30
地点：协会会议室
主持：会长　秦怀远
出席：理事单位代表17人（应到19人）
列席：市市场监管局产品质量科　俞晓波
记录：秘书处　樊楚楚
会议审议了《号码锁产品团体标准（征求意见稿）》，纪要如下：
一、会议认为，近年来行李箱锁、储物柜锁、自行车锁等号码锁产品投诉增多，主要集中在拨轮卡死、密码重置失灵和“任意密码可开”等问题，制定团体标准十分必要。
二、会议同意征求意见稿提出的三项核心指标：密码组合数不少于1000组，拨轮耐久试验不少于1万次，错码开启率为零。
三、会议以16票同意、1票弃权，通过征求意见稿，由秘书处于10月底前向会员单位和社会公开征求意见。
""",
    ),
    dict(
        slug="xichuan-screen-association-pledge-wrapped",
        site="蓰川县屏风工艺协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.xcpingfeng.example.org/xhgg/2024/0318/12.html",
        title="关于诚信标注屏风材质和工艺的倡议书",
        record_title="〔会员倡议〕关于诚信标注屏风材质和工艺的倡议书 ▪ 蓰川屏风协会",
        date="2024-03-15",
        notes="association page as text, hard-wrapped at 66 columns; the association's name stands in the header "
        "and also in the body (head label); 成文日期 in Chinese numerals",
        page="""
!m 蓰川县屏风工艺协会
!m 协会首页 · 会员名录 · 行业资讯 · 入会须知
{T}
!m 秘书处发布　　阅读 341
{BODY}
!a 〔我要入会〕　〔会员登录〕
!m 协会地址：蓰川县工业园屏风城8栋　电话：0738-5619086
""",
        indent="\u3000\u3000",
        wrap=66,
        body="""
全县屏风生产企业、经营户：
近年来，我县屏风产业发展较快，产品远销省内外。但也有个别经营户把松木、橡胶木刷色后冒充红木、花梨木出售，把机器雕刻说成纯手工雕刻，损害了消费者权益，也败坏了“蓰川屏风”的名声。为此，蓰川县屏风工艺协会向全体会员单位和从业者发出倡议：
一、如实标注材质。屏风的框架、屏心、底座用料要分别标明，不得以次充好。
二、如实说明工艺。机雕、手雕、机雕手修要写清楚，不得夸大宣传。
三、主动提供凭证。向顾客开具载明材质和工艺的销售凭证，做到售后有据可查。
四、互相监督。发现冒充材质、虚假宣传的，可向协会秘书处反映。
诚信是手艺人的立身之本。让我们共同守护“蓰川屏风”这块招牌。
蓰川县屏风工艺协会
二〇二四年三月十五日
""",
    ),
    dict(
        slug="ruike-company-knife-recall-batches",
        site="锐刻工具官网 (invented)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="html",
        source="https://www.ruiketools.example.com/news/gonggao/20240422.html",
        title="关于部分批次SK-18型美工刀的召回公告",
        record_title="关于部分批次SK-18型美工刀的召回公告 —— 锐刻工具 · 新闻中心",
        record_date="2024-04-22",
        date="2024-04-22",
        notes="company site: cookie notice, service float, an order hotline (400) beside the recall line in the "
        "body; recalled batches as a table; date from the record",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>关于部分批次SK-18型美工刀的召回公告 —— 锐刻工具 · 新闻中心</title></head>
<body>
<div class="rk-cookie">⟦d 本站使用Cookie改善浏览体验，继续浏览即表示您同意⟧ <button>⟦a 我知道了⟧</button></div>
<header><span class="logo">⟦m 锐刻工具 RUIKE TOOLS⟧</span>
<nav>⟦m 首页⟧ ⟦m 产品中心⟧ ⟦m 新闻中心⟧ ⟦m 服务支持⟧ ⟦m 联系我们⟧</nav>
<span>⟦m 订购热线：400-818-5220⟧</span></header>
<div class="rk-crumb">⟦m 首页 / 新闻中心 / 公司公告⟧</div>
<article><h1>{T}</h1>
<p class="rk-date">⟦m 2024.04.22　｜　公司公告⟧</p>
<div class="rk-text">
{BODY}
</div></article>
<div class="rk-float">⟦a 在线客服⟧ ⟦a 返回顶部⟧</div>
<footer>⟦m 珦州锐刻五金工具有限公司　地址：珦州市经开区锐刻路6号⟧<br>⟦m © 2024 RUIKE TOOLS　湘ICP备17020936号-1⟧</footer>
</body></html>
""",
        body="""
尊敬的用户：
我公司在质量巡检中发现，部分批次SK-18型18毫米美工刀的刀片锁止卡扣尺寸偏小，用力切割时刀片可能回缩或滑出，存在划伤风险。为保障用户安全，我公司决定主动召回以下批次产品：
生产批号　生产日期　数量（把）
SK18-240305　2024年3月5日　12000
SK18-240312　2024年3月12日　9600
SK18-240319　2024年3月19日　10800
请持有上述批次产品的用户立即停止使用，可凭产品或包装到原购买门店免费更换，也可拨打召回专线预约上门回收。批号印在刀壳背面的标签上。
召回专线：0731-8898213（每天8:00—20:00）。
由此给您带来的不便，我们深表歉意。
珦州锐刻五金工具有限公司
2024年4月22日
""",
    ),
    dict(
        slug="xilibao-company-hook-product-page",
        site="吸力宝家居官网 (invented)",
        style="企业官网",
        genre="产品介绍",
        kind="other",
        form="text",
        source="http://www.xilibao-home.example.cn/product/xp-09.html",
        title="旋钮式真空吸盘挂钩",
        record_title="旋钮式真空吸盘挂钩【XP-09 新品】- 吸力宝家居用品",
        date=None,
        notes="company product page as text: buy buttons, a dealer hotline and a follow prompt; the product text "
        "itself speaks of install steps; no date",
        page="""
!m 吸力宝家居用品　｜　免打孔收纳专家
!m 首页 ＞ 产品中心 ＞ 挂钩系列
{T}
!m 型号：XP-09　　包装：2只装 / 4只装
!a 【天猫旗舰店购买】　【京东自营购买】
{BODY}
!m 经销合作热线：400-800-6639
!a 关注“吸力宝家居”服务号，领取安装视频
!m 珦州吸力宝家居用品有限公司　版权所有
""",
        body="""
旋钮式真空吸盘挂钩是本公司2024年推出的新一代免打孔挂钩。
产品特点：
1.旋钮排气。安装时按住吸盘、顺时针拧紧旋钮，吸盘内的空气被二次排出，吸附力比普通按压式明显提高。
2.食品级硅胶。吸盘采用食品级硅胶，耐高温、不易发硬，适合浴室、厨房等潮湿环境。
3.可反复使用。取下时逆时针拧松旋钮，掀起吸盘边缘即可，不留痕迹。
适用表面：瓷砖、玻璃、镜面、大理石、不锈钢等光滑无缝表面。不适用于墙纸、墙漆、磨砂砖及有缝隙的表面。
承重说明：在光滑瓷砖表面静态承重5公斤，建议日常悬挂不超过2.5公斤。
安装前请擦净墙面，装好后静置12小时再挂物。
""",
    ),
    dict(
        slug="moping-school-screen-course-brochure",
        site="墨屏画室 (invented, training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.mopinghuashi.example.cn/kecheng/pingfeng-3.html",
        title="屏风绘画周末研修班招生简章",
        record_title="屏风绘画周末研修班招生简章 · 第3期 - 墨屏画室",
        date=None,
        notes="training school: promo banner, consult float, a 400 franchise line beside the class's own 报名电话; "
        "a timetable one row a paragraph; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>屏风绘画周末研修班招生简章 · 第3期 - 墨屏画室</title></head>
<body>
<div class="mp-banner">⟦a 早鸟价：7月31日前报名立减300元⟧</div>
<header><span>⟦m 墨屏画室 · 国画 / 工笔 / 屏风绘画⟧</span><nav>⟦m 首页⟧ ⟦m 课程⟧ ⟦m 师资⟧ ⟦m 学员作品⟧ ⟦m 加盟⟧</nav></header>
<div class="mp-path">⟦m 课程 › 研修班 › 第3期⟧</div>
<main><h1>{T}</h1>
<div class="mp-text">
{BODY}
</div>
<div class="mp-btn"><a>⟦a 立即预约试听⟧</a></div></main>
<div class="mp-float">⟦w 在线咨询 ｜ 微信 moping_art⟧</div>
<footer>⟦m 全国加盟热线：400-0731-266⟧<br>⟦m 墨屏画室（琡湖区文化馆教学点）　湘ICP备21011508号⟧</footer>
</body></html>
""",
        body="""
一、课程简介
本期研修班以传统屏风绘画为主题，学员将在8周内完成一扇四折小屏风的工笔花鸟绘制。
二、课程安排
周次　内容
第1—2周　屏风形制与构图
第3—4周　白描起稿
第5—7周　分染与罩染
第8周　装裱成屏
三、招生对象
有一定绘画基础的成人学员，每班限招12人。
四、上课时间地点
每周六下午2:00—5:00，琡湖区文化馆三楼美术教室。
五、费用
学费2680元，含颜料、绢本和屏风框架材料费。
六、报名方式
报名电话：0731-8841576（席老师），也可到画室前台现场报名。
""",
    ),
    dict(
        slug="qiaojiang-school-lock-student-oneline",
        site="巧匠职业技能培训学校 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.qiaojiangpx.example.cn/xueyuan/2024/88.html",
        title="从配钥匙到修号码锁：我的锁具维修班学习体会",
        record_title="〈学员心声·锁具班〉从配钥匙到修号码锁：我的锁具维修班学习体会 - 巧匠培训",
        date=None,
        notes="training school page as text: a student's piece on one line; enrol prompts, a 400 line and a "
        "trial-lesson line; no date",
        page="""
!m 巧匠职业技能培训学校　　锁具维修 · 家电维修 · 水电安装
!m 首页 » 学员风采 » 学员说
{T}
!m 学员：鲍德顺（锁具维修班第12期）
{BODY}
!a 锁具维修班第13期火热报名中，免费试听一节课
!m 招生热线：400-660-7319
!l 更多学员说：从外卖小哥到家电维修师傅 ｜ 50岁学水电，我也能行
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
我在小区门口开了八年配钥匙的小店，这两年配钥匙的人越来越少，来修号码锁、密码锁的倒多了起来。三月份，我报名参加了巧匠学校的锁具维修班。
课上，老师把行李箱锁、储物柜锁、自行车号码锁一把把拆开讲，拨轮、弹片、重置钮各管什么，一看就明白。以前顾客拿来卡死的号码锁，我只能建议换新，现在清理一下拨轮、换个弹片就能修好。
老师反复强调，帮顾客修锁前一定要核实是不是本人的东西，这是我们这一行的规矩。
结业一个多月，店里修锁的生意多了三成。
""",
    ),
    dict(
        slug="bisu-app-screen-host-script-h5",
        site="笔速写作App H5分享页 (invented)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="html",
        source="https://h5.bisuxiezuo.example.com/share/doc?id=7f3a90c1",
        title="蓰川县首届屏风工艺精品展开幕式主持词",
        record_title="【开幕式】蓰川县首届屏风工艺精品展开幕式主持词（直接能念）- 笔速写作",
        date=None,
        notes="writing app H5 share: open-app mask, a fold with an 'expand' action between paragraphs, AI-rewrite "
        "button glued after a sentence, bottom bar; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>【开幕式】蓰川县首届屏风工艺精品展开幕式主持词（直接能念）- 笔速写作</title></head>
<body>
<div class="bs-mask">⟦a 在笔速写作App内打开，体验更流畅⟧ <button>⟦a 去App里看⟧</button></div>
<div class="bs-head">⟦m 笔速写作 · 10秒出一篇稿⟧</div>
<h1 class="bs-title">{T}</h1>
<p class="bs-meta">⟦m 范文库 · 主持词　｜　被使用 3.8万次⟧</p>
<div class="bs-body">
{BODY}
</div>
<div class="bs-bottom">⟦a 复制全文⟧ ⟦a 导出Word⟧ ⟦a 换一篇⟧</div>
<div class="bs-foot">⟦d 内容由用户和AI共同生成，仅供参考⟧</div>
</body></html>
""",
        body="""
尊敬的各位领导、各位来宾，朋友们：
大家上午好！金秋时节，我们相聚在这里，隆重举行蓰川县首届屏风工艺精品展开幕式。我是今天的主持人。
本次展览共展出全县28家企业和手艺人的屏风作品96件，既有传统红木雕花屏风，也有新式布艺、竹编屏风。⟦a ✦ AI帮我改写这段⟧
⟦a 剩余62%内容已折叠，点击展开全文⟧
下面，请县屏风工艺协会会长致辞。大家欢迎！
感谢会长的精彩致辞。下面，请老艺人代表、县级非遗传承人发言。
下面，有请各位领导和嘉宾上台，为展览开幕剪彩。
朋友们，展览将持续七天，欢迎大家细细品读每一扇屏风里的匠心。开幕式到此结束，谢谢大家！
""",
    ),
    dict(
        slug="bisu-app-bolt-repair-foreman-report",
        site="笔速写作App (invented)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://h5.bisuxiezuo.example.com/share/doc?id=2c81de57",
        title="物业维修班班长2024年度述职报告",
        record_title="物业维修班班长2024年度述职报告（门窗插销篇·可一键套用）· 笔速写作",
        date="2024-12-30",
        notes="writing app share as text: open-app prompt, usage counter, a VIP fold line between paragraphs, "
        "bottom actions; a repair foreman's report on door and window bolts with the 成文日期 under his name",
        page="""
!a 打开笔速写作App，一键生成同类述职
{T}
!m 范文库 · 述职报告　｜　被使用 1.2万次
{BODY}
!a 复制全文　｜　导出Word　｜　AI改写
!d 范文内容仅供参考，请根据实际情况修改
""",
        body="""
各位领导、同事们：
2024年，我担任蕈山物业服务中心维修班班长，带领5名维修工负责小区公共设施维修。现将一年来的履职情况报告如下。
一、抓工单响应。全年完成门窗插销维修更换工单412件，其中单元门插销87件、楼道窗插销196件、地下室门插销129件，平均响应时间缩短到2小时以内。
二、抓日常巡检。我牵头建立门窗五金巡检台账，每月对公共区域门窗插销逐一检查，发现锈蚀、松动当场处理。
⟦a 开通笔速会员，解锁全部范文与AI续写⟧
三、抓安全整改。配合社区拆除防火门上私装的插销23处，并向住户讲解防火门不得加锁的原因。
四、存在不足。部分老楼窗框变形，更换插销后仍关不严，我对维修基金项目的申报跟进不够及时。
2025年，我将推动把门窗插销巡检纳入智慧物业平台，做到报修、派单、回访全程留痕。
述职人：蕈山物业服务中心维修班班长　宁向东
2024年12月30日
""",
    ),
    dict(
        slug="dengan-exam-forum-knife-essay",
        site="登岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.dengan-gk.example.com/thread-330187-1-1.html",
        title="从一把美工刀看校园安全治理",
        record_title="[议论文练笔] 从一把美工刀看校园安全治理（求狠批）- 申论天地 - 登岸公考论坛",
        date=None,
        notes="exam forum: reply-to-see prompt, rating row, QQ-group ad, signature; relative post time (no date)",
        page="""
<html><head><meta charset="utf-8"><title>[议论文练笔] 从一把美工刀看校园安全治理（求狠批）- 申论天地 - 登岸公考论坛</title></head><body>
<div id="hd">⟦m 登岸公考论坛⟧　⟦a 登录 ｜ 注册登岸号⟧</div>
<div id="pt">⟦m 登岸公考论坛 › 申论天地 › 范文互评⟧</div>
<h1>⟦t [议论文练笔] 从一把美工刀看校园安全治理（求狠批）⟧</h1>
<table class="plhin"><tr><td class="pls">⟦m 今年一定上岸⟧<br>⟦m 积分 860　登岸币 42⟧</td>
<td class="plc"><div class="authi">⟦m 发表于 3 天前⟧</div>
<h2>{T}</h2>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖附有批改版，回帖后才能查看⟧</div>
<div class="rate">⟦l 参与评分 7 人　登岸币 +14⟧</div>
<div class="sign">⟦m 申论70+是我的小目标⟧</div></td></tr></table>
<div class="ad">⟦w 申论批改互助群：QQ 2107536618，进群领历年真题⟧</div>
<div id="ft">⟦m 登岸公考论坛　Powered by Discuz!　苏ICP备20031857号⟧</div>
</body></html>
""",
        body="""
前不久，某地一名小学生在课间玩美工刀，不慎划伤同学眼角。一把几块钱的美工刀，折射出校园安全治理中的一个老问题：管得住大事，却常常忽视小物件。
小物件隐患为何屡被忽视？一方面，美工刀是美术课、劳动课的必需品，学校不能简单“一禁了之”；另一方面，校园周边文具店销售缺乏规范，低年级学生随手就能买到刀片外露的劣质产品。
治理小物件隐患，需要学校、家庭、市场多方用力。学校要把工具管理写进课堂常规，统一发放、统一回收；家长要常翻孩子的书包，教会孩子正确用刀；市场监管部门要加强校园周边文具店抽查，把不合格产品挡在校门之外。
校园安全无小事。把一把美工刀管好，才能让孩子们在安全的环境里放心地剪、放心地做。
""",
    ),
    dict(
        slug="dengan-exam-forum-hook-interview-junk",
        site="登岸公考论坛 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="https://bbs.dengan-gk.example.com/thread-331042-1-1.html",
        title="社区老人浴室摔倒频发，让你组织居家安全排查，你怎么做？",
        record_title="〔面试答题晒单〕社区老人浴室摔倒频发，让你组织居家安全排查，你怎么做？ - 面试交流 - 登岸公考论坛",
        date=None,
        notes="exam forum as text: an interview answer with anti-scraping junk as a line and glued after 。; "
        "post time 'the day before yesterday'; replies below",
        page="""
!m 登岸公考论坛 › 面试交流 › 结构化
!t 〔面试答题晒单〕社区老人浴室摔倒频发，让你组织居家安全排查，你怎么做？
!m 社工岗冲冲冲　发表于 前天 23:12　　查看 1208　回复 26
{BODY}
!l 2楼 面霸小林：第二点可以再具体一点，比如扶手装在哪
!l 3楼 上岸学姐：思路清楚，落到吸盘挂钩这个细节很加分
!a 回复本帖需先绑定手机号
!m 登岸公考论坛　公考人的互助社区
""",
        junk=dict(lines=1, glued=3),
        body="""
这道题我是这样答的，请各位考友指点：
第一，摸清情况。我会先从社区台账中筛选出80岁以上独居、空巢老人，联系网格员逐户了解浴室地面、扶手、照明等情况，重点看有没有把吸盘挂钩、吸盘毛巾架当扶手用的。
第二，分类整改。对需要加装固定扶手的，协调物业和志愿者统一安装；对只装了吸盘挂钩的，上门讲清楚吸盘只能挂轻物、不能借力。
第三，宣传提醒。制作图文并茂的居家防跌倒提示卡，贴在老人家浴室门口，同时通过楼栋群提醒子女常回家看看。
第四，跟踪回访。一个月后再次上门，检查整改是否到位，并把好的做法写进社区为老服务工作手册。
""",
    ),
]
