"""holdout312, part E: residents' sites, trade associations, company sites, training schools, writing apps.

Every page, place, person, firm, site, URL and number here is invented; each case was
written by hand (see ../README.md and ../build.py for the markup).
"""

CASES = [
    dict(
        slug="community-junyuan-notice-fridge-magnets-door-to-door",
        site="逡园邻里网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.junyuanlinli.cn/gonggao/2025/0612/77.html",
        title="关于家庭医生上门发放应急联系冰箱贴的温馨提示",
        record_title="【楼栋暖心提示】关于家庭医生上门发放应急联系冰箱贴的温馨提示｜逡园邻里网",
        date="2025-06-11",
        date_also=["2025-06-12"],
        notes="residents' site: weather line, a grid member's box, property repair and night lines next to the "
        "community's own 咨询电话; 扫码 spoken of as content; the site's posting date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【楼栋暖心提示】关于家庭医生上门发放应急联系冰箱贴的温馨提示｜逡园邻里网</title>
<script src="/js/weather.js"></script>
</head>
<body>
<div class="lt-top">⟦m 逡园邻里网⟧ <span>⟦m 远亲不如近邻⟧</span> <span>⟦m 迩湖区 晴 22~31℃⟧</span></div>
<div class="lt-nav"><a>⟦m 首页⟧</a><a>⟦m 社区公告⟧</a><a>⟦m 邻里互助⟧</a><a>⟦m 办事指引⟧</a></div>
<div class="lt-loc">⟦m 首页 » 社区公告⟧</div>
<div class="lt-post">
<h1>{T}</h1>
<p class="lt-meta">⟦m 发布时间：2025-06-12 08:15　发布人：逡园社区居委会　阅读 642⟧</p>
<div class="lt-body">
{BODY}
</div>
<p class="lt-share">⟦l 转给邻居：微信　朋友圈　复制链接⟧</p>
</div>
<div class="lt-side">
<div class="grid">⟦m 我的网格员：第6网格 祁小蔓 139 5390 6621⟧</div>
<div class="wy">⟦m 物业报修：0539-2273300　夜间值班：0539-2273301⟧</div>
</div>
<div class="lt-foot">⟦m 逡园社区居民委员会　鲁ICP备19020735号⟧</div>
</body>
</html>
""",
        body="""
各位居民：
近日，有居民反映小区门口有人以“社区关爱”为名发放冰箱贴，并要求老人扫码进群。社区特别提醒如下：
一、社区为65周岁以上独居老人准备的应急联系冰箱贴，全部由家庭医生上门发放，并当面帮助老人填写常用药和过敏史。
二、社区发放冰箱贴不收取任何费用，不要求扫码、进群或登记银行卡。
三、遇到可疑人员，请及时联系社区或拨打110。
社区咨询电话：0539-2270516。
逡园社区居民委员会
2025年6月11日
""",
    ),
    dict(
        slug="community-huangqiao-wall-lamp-repair-schedule-record-date",
        site="遑桥社区 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.huangqiaosq.cn/tz/2025/0303/41.html",
        title="关于楼道壁灯集中维修的安排",
        record_title="关于楼道壁灯集中维修的安排 - 遑桥社区 - 居民服务",
        record_date="2025-03-03",
        date="2025-03-03",
        notes="date from the record; a schedule table (one row a paragraph); a volunteer's mobile and the duty "
        "phone in the body next to the property's repair line",
        page="""
!m 遑桥社区 · 居民服务
!m 首页 ＞ 社区通知
{T}
!m 阅读数 289　　更新于 3 天前
!a 🔤 放大字体　　🔈 语音播报
{BODY}
!w 物业24小时报修：0539-2281199
!l 往期通知：春节期间垃圾清运时间调整 ｜ 电动车充电棚启用公告
!m 遑桥社区居委会 · 迩湖区遑桥街道
""",
        body="""
各位居民：
为解决部分楼道壁灯不亮、感应失灵的问题，社区联合物业公司于3月5日至3月12日对辖区老楼楼道壁灯进行集中维修，具体安排如下：
楼栋　　维修日期　　负责人
1至6栋　　3月5日至6日　　郑师傅
7至12栋　　3月7日至9日　　郑师傅
13至18栋　　3月10日至12日　　包师傅
维修期间请居民配合开门入户检查线路，家中无人的可提前与志愿者小韦联系，手机：13853906147。
社区值班电话：0539-2280627。
""",
    ),
    dict(
        slug="association-kuiling-anglers-council-minutes-vote",
        site="逵岭钓协 (invented anglers' association)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://www.kuilingdiaoxie.org/xhdt/2025/0319/55.html",
        title="逵岭县钓鱼协会第三届理事会第二次会议纪要",
        record_title="〖理事会动态·纪要〗逵岭县钓鱼协会第三届理事会第二次会议纪要 - 逵岭钓协",
        date="2025-03-16",
        date_also=["2025-03-19"],
        notes="association site: member login row, member hotline; the minutes' 时间/地点/主持/出席/记录 lines "
        "and a vote count; the site posting date differs from the meeting date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〖理事会动态·纪要〗逵岭县钓鱼协会第三届理事会第二次会议纪要 - 逵岭钓协</title>
<script src="/js/member.js"></script>
</head>
<body>
<div class="xh-top">⟦m 逵岭县钓鱼协会⟧ <span>⟦m 文明垂钓　护水爱鱼⟧</span> <a>⟦a 会员登录⟧</a> <a>⟦a 申请入会⟧</a></div>
<div class="xh-nav"><a>⟦m 协会首页⟧</a><a>⟦m 协会动态⟧</a><a>⟦m 赛事活动⟧</a><a>⟦m 钓场推荐⟧</a></div>
<div class="xh-path">⟦m 协会首页 ▸ 协会动态 ▸ 会议纪要⟧</div>
<div class="xh-art">
<h1>{T}</h1>
<p class="xh-info">⟦m 2025-03-19　秘书处　浏览 203⟧</p>
<div class="xh-text">
{BODY}
</div>
<p class="xh-pn">⟦l ← 第三届理事会第一次会议纪要⟧　⟦l 2025年春季钓鱼联赛报名开启 →⟧</p>
</div>
<div class="xh-foot">⟦w 会员服务热线：0817-6630088⟧　⟦m 逵岭县钓鱼协会秘书处　蜀ICP备21013367号⟧</div>
</body>
</html>
""",
        body="""
时间：2025年3月16日上午9:30
地点：逵岭县体育馆三楼会议室
主持：吕长风（会长）
出席：理事19人，应到21人
记录：秘书处 伍洋
会议审议通过以下事项：
一、通过《2025年春季钓鱼联赛方案》，联赛分4站举行，首站定于4月12日。
二、通过修订后的《垂钓比赛规则》，新增“鱼获须用无结抄网抄起”的规定。表决结果：同意18票，反对0票，弃权1票。
三、决定在逦溪水库垂钓区捐赠长柄救生抄网30把，由秘书处4月底前落实。
""",
    ),
    dict(
        slug="association-aoxi-pottery-pledge-lead-free-glaze",
        site="遨溪县紫陶行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.axztxh.org.cn/changyi/2025/0418.html",
        title="关于茶宠产品使用无铅釉料的倡议书",
        date="2025-04-18",
        notes="title from the record; a pledge with numbered points; 分享 as content; the association's name "
        "in the header and as the signature; 关注 as content; 成文日期 in Chinese numerals under the signature",
        page="""
!m 遨溪县紫陶行业协会　｜　会员之家
!m 首页 › 行业自律 › 倡议
{T}
!m 秘书处发布　　阅读 377
!a [会员登录] [下载入会申请表]
{BODY}
!l 相关：遨溪紫陶团体标准征求意见　·　2025紫陶博览会招展
!m 协会地址：遨溪县紫陶小镇窑前街6号
!d 本站内容版权归协会所有
""",
        indent="\u3000\u3000",
        body="""
全县紫陶企业、工坊和手艺人：
茶宠是要天天用茶汤浇淋的器物，釉料是否安全直接关系消费者健康。为维护“遨溪紫陶”的品牌信誉，协会向全行业倡议：
一、茶宠产品一律使用无铅无镉釉料，不采购来源不明的低价釉料。
二、每批产品出窑后自觉送检，检测合格再上架销售。
三、在产品包装上如实标注釉料类型和检测结果，接受社会监督。
四、请各会员单位把本倡议分享到自己的网店和朋友圈，让更多消费者了解；请关注协会公众号“遨溪紫陶”，及时了解釉料检测信息。
遨溪县紫陶行业协会
二〇二五年四月十八日
""",
    ),
    dict(
        slug="company-mingxu-news-senior-sensor-wall-lamp",
        site="明煦照明 (invented lamp maker)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.mingxu-light.com/news/2025/0528.html",
        title="明煦灯饰推出适老化感应壁灯",
        record_title="新品发布 ⟩ 明煦灯饰推出适老化感应壁灯｜明煦照明官网",
        date="2025-05-28",
        notes="company site: cookie notice, service float; a dotted date as the page's date; the title repeated "
        "and glued to the lead",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>新品发布 ⟩ 明煦灯饰推出适老化感应壁灯｜明煦照明官网</title>
<script src="/assets/site.js"></script>
</head>
<body>
<header><a class="brand">⟦m 明煦照明 MINGXU⟧</a>
<nav><a>⟦m 产品中心⟧</a><a>⟦m 解决方案⟧</a><a>⟦m 新闻动态⟧</a><a>⟦m 关于明煦⟧</a><a>⟦m 联系我们⟧</a></nav></header>
<div class="crumb">⟦m 首页 / 新闻动态 / 新品发布⟧</div>
<article>
<h1>{T}</h1>
<p class="date">⟦m 2025.05.28⟧</p>
<div class="rich">
{BODY}
</div>
<p class="back">⟦l ‹ 返回新闻列表⟧</p>
</article>
<div class="cookie">⟦d 我们使用Cookie来优化浏览体验，继续浏览即视为同意⟧ <button>⟦a 知道了⟧</button></div>
<div class="kefu">⟦w 在线客服 ｜ 订货热线 400-860-3390⟧</div>
<footer>⟦m © 2025 逄州明煦灯饰有限公司 版权所有　鲁ICP备17008842号-1⟧</footer>
</body>
</html>
""",
        body="""
⟦t 明煦灯饰推出适老化感应壁灯⟧5月28日，逄州明煦灯饰有限公司发布适老化感应壁灯新品，主要面向老旧小区楼道和居家卧室使用。
这款壁灯针对老年人夜间起身照明的需要，采用人体感应和光线感应双重控制，人来灯亮、人走延时熄灭；灯光色温为2700K暖光，亮度分为两档，夜间自动切换到低亮度，避免刺眼。
灯具外壳采用阻燃材料，底座预留穿管接口，方便电工规范安装。
明煦公司负责人介绍，新品已在迩湖区两个社区试装，下一步将参与各地楼道亮灯工程的采购。
""",
    ),
    dict(
        slug="company-ciyun-recall-cartoon-magnets-record-title",
        site="磁韵文创 (invented magnet maker)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.ciyunwenchuang.com/gonggao/20250620.html",
        title="关于召回部分儿童卡通磁力冰箱贴的公告",
        date="2025-06-20",
        notes="title from the record; recalled batches in a table; the recall line in the body next to the "
        "site's 400 order line; 成文日期 under the signature",
        page="""
!m 磁韵文创　　｜　产品　｜　定制　｜　公告　｜　联系
!m 企业公告
{T}
!m 浏览 961
{BODY}
!w 批量定制冰箱贴，请拨订货热线 400-186-2200
!l 其他公告：2025年端午节放假及发货安排
!m 遨溪县磁韵文化创意有限公司　滇ICP备22006139号
""",
        body="""
我公司在例行检验中发现，部分儿童卡通磁力冰箱贴的磁铁与外壳粘接不牢，存在磁铁脱落后被儿童误吞的风险。为保障消费者安全，我公司决定主动召回以下批次产品：
产品名称　　批号　　数量
卡通动物冰箱贴（6枚装）　　CY250301　　2400盒
卡通水果冰箱贴（8枚装）　　CY250315　　1800盒
请已购买上述产品的消费者立即停止使用，将产品放在儿童接触不到的地方，并联系我公司办理免费退货。
召回咨询电话：0873-4471068。
遨溪县磁韵文化创意有限公司
2025年6月20日
""",
    ),
    dict(
        slug="training-taoran-brochure-weekend-tea-pet-class",
        site="陶然手作学堂 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.taoranshouzuo.com/course/chachong-weekend.html",
        title="周末茶宠捏塑体验班招生简章",
        record_title="【六月开课】周末茶宠捏塑体验班招生简章（没摸过泥也能学）- 陶然手作学堂",
        date=None,
        notes="training school: promo banner, consult float, a 400 franchise line next to the school's own "
        "报名电话; a course table; 扫码 as content; a brochure with no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【六月开课】周末茶宠捏塑体验班招生简章（没摸过泥也能学）- 陶然手作学堂</title>
<script src="/js/consult-float.js"></script>
</head>
<body>
<div class="promo">⟦a 🎉 老学员带新学员，两人同报立减200元 ▸ 立即领券⟧</div>
<header>⟦m 陶然手作学堂⟧ <span>⟦m 让双手慢下来⟧</span>
<nav><a>⟦m 首页⟧</a><a>⟦m 课程⟧</a><a>⟦m 师资⟧</a><a>⟦m 学员作品⟧</a></nav></header>
<main>
<h1>{T}</h1>
<p class="views">⟦m 已有 1,264 人看过　｜　上次更新 2 周前⟧</p>
<section class="intro">
{BODY}
</section>
<p class="btn">⟦a 立即预约试听⟧</p>
</main>
<div class="float">⟦w 课程顾问在线，点我咨询⟧</div>
<footer>⟦w 加盟合作热线：400-889-6021⟧<br>⟦m 陶然手作学堂 · 遨溪县紫陶小镇窑前街18号⟧</footer>
</body>
</html>
""",
        body="""
想亲手捏一只属于自己的茶宠吗？陶然手作学堂周末茶宠捏塑体验班六月开课，零基础也能学。
一、课程安排
课次　　内容　　课时
第1次　　认识紫陶泥、揉泥练习　　3小时
第2次　　捏塑小金蟾　　3小时
第3次　　修坯、刻画细节　　3小时
第4次　　上窑烧制、取件　　2小时
二、上课时间：每周六下午2:00，每班限8人。
三、收费标准：每人880元，含泥料、工具和烧制费用，作品烧成后归学员所有。
四、报名方式：扫描学堂前台二维码填写报名表，或拨打报名电话0873-4458215。
""",
    ),
    dict(
        slug="training-kuiling-brochure-electrician-lamp-install",
        site="逵岭技工培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="text",
        source="http://www.kljgpx.cn/kecheng/dg-dengju.html",
        title="家装电工实操班（灯具安装专题）课程介绍",
        record_title="家装电工实操班（灯具安装专题）课程介绍 ┆ 逵岭技工培训学校",
        date=None,
        notes="training school as text: promo lines, a course table, numbered points; a brochure with no date; "
        "the school's 报名电话 next to a franchise line",
        page="""
!m 逵岭技工培训学校　｜　人社部门备案培训机构
!a ★ 本月报名送电工工具包一套（数量有限）★
{T}
!m 课程编号 DG-07　　浏览 733
{BODY}
!a 【马上报名】　【在线咨询】
!w 连锁加盟咨询：400-670-5122
!m 逵岭技工培训学校 · 逵岭县工业园区培训大楼
""",
        body="""
本课程面向有一定电工基础、想从事家装水电工作的学员，重点讲授吸顶灯、壁灯、灯带等常见灯具的规范安装。
课程内容　　课时
灯具安装规范与安全常识　　4
壁灯定位、开孔与穿管　　6
双控开关接线实操　　6
故障排查与验收　　4
学员须知：
1.每期招收20人，满10人开班。
2.实操课在学校实训室进行，工具和材料由学校统一提供。
3.结业考核合格的，颁发培训合格证书，可推荐参加电工职业技能等级认定。
报名电话：0817-6645031。
""",
    ),
    dict(
        slug="app-miaobi-report-agritech-nursery-pots-h5",
        site="妙笔范文App (invented writing app, H5 share page)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.miaobifanwen.com/share/article/7730412?from=wx",
        title="乡镇农技员2024年度个人述职报告",
        record_title="乡镇农技员2024年度个人述职报告（一线农技员版）｜妙笔范文App",
        date="2025-01-08",
        notes="writing app's H5 share: open-app mask, a fold line between paragraphs, an AI-rewrite button "
        "glued after a sentence; a share stamp is no date; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>乡镇农技员2024年度个人述职报告（一线农技员版）｜妙笔范文App</title>
<script src="https://h5.miaobifanwen.com/static/open-app.js"></script>
</head>
<body>
<div class="mask">⟦a 在妙笔范文App内打开，阅读更流畅⟧ <button>⟦a 去App里看⟧</button></div>
<div class="h5-head">⟦m 妙笔范文⟧ <span>⟦m 写材料，有妙笔⟧</span></div>
<div class="h5-art">
<h1>{T}</h1>
<p class="h5-meta">⟦m 妙笔用户 田埂上的笔 分享于 3 天前　｜　1.8万人读过⟧</p>
<div class="h5-body">
{BODY}
</div>
<div class="h5-ops">⟦a 一键复制⟧ ⟦a 导出Word⟧ ⟦a AI帮我改写⟧</div>
<div class="h5-more">⟦l 猜你要找：农技推广工作总结｜驻村工作队员述职｜基层农技人员先进事迹⟧</div>
</div>
<div class="h5-foot">⟦m 妙笔范文 miaobifanwen.com　粤ICP备23018806号-2App⟧</div>
</body>
</html>
""",
        body="""
2024年，我在镇农业服务中心从事农技推广工作，现将全年履职情况报告如下。
一、推广育苗新技术。在全镇推广营养钵育苗和穴盘育苗技术，举办培训班8期，培训种植户460人次，全镇蔬菜育苗成活率提高到92%。⟦a ✨AI一键改写本段⟧
⟦a 剩余内容已折叠，打开App免费看全文⟧
二、做好田间服务。全年下村指导136天，帮助种植户解决病虫害、烂根等问题92个。
三、推动废旧营养钵回收。配合镇里设立回收点，全年回收塑料营养钵3.6万只。
不足之处是新技术示范点偏少，明年我将争取在每个村建一个育苗示范户。
述职人：逑河镇农业服务中心　周禾
2025年1月8日
""",
    ),
    dict(
        slug="app-miaobi-host-script-fridge-magnet-awards-oneline",
        site="妙笔范文App (invented writing app)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="text",
        source="https://h5.miaobifanwen.com/share/article/7730988",
        title="“遨溪印象”文创冰箱贴设计大赛颁奖典礼主持词",
        record_title="“遨溪印象”文创冰箱贴设计大赛颁奖典礼主持词（男女双主持稿）｜妙笔范文App",
        date=None,
        notes="writing app's text export with the whole script on one line (paragraphs only apart by indents); "
        "A/B/合 host lines; a share stamp is no date",
        page="""
!m 妙笔范文 · 主持词
!a 打开App，查看更多主持词模板 ›
{T}
!m 妙笔用户 话筒小秋 分享于 昨天　｜　9,420人读过
{BODY}
!a 复制全文　｜　导出Word　｜　收藏
!l 相关推荐：文创大赛开幕式主持词｜书画展开幕主持词
!m 妙笔范文 miaobifanwen.com
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
A：尊敬的各位领导、各位来宾，
B：亲爱的参赛选手们，
合：大家下午好！
A：小小一枚冰箱贴，装得下遨溪的山水和烟火。
B：“遨溪印象”文创冰箱贴设计大赛自3月启动以来，共收到设计作品412件。
A：经过初评、复评和网络投票，今天，我们将在这里揭晓获奖名单。
B：首先，有请县文化和旅游局领导致辞。
A：感谢领导的精彩致辞。下面进行颁奖，首先颁发优秀奖。
合：让我们把遨溪贴在更多人的冰箱门上，颁奖典礼到此结束，谢谢大家！
""",
    ),
]
