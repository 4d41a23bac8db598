"""holdout200, part E: intranets, hospitals, law firms, residents' sites, trade associations.

Every page, site, place, person, number and URL here is invented; see ../README.md and
../build.py for the markup. Each case written by hand.
"""

CASES = [
    dict(
        slug="xiaoling-clock-oa-minutes-second-hand-noise",
        site="骁岭钟表厂协同办公平台 (invented OA)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.xlzbc.local/doc/view.do?id=20251016-0093",
        title="关于挂钟秒针异响质量问题的专题会议纪要",
        date="2025-10-15",
        date_also=["2025-10-16"],
        notes="title as the record gives it; OA document view with its 流转记录, read count and a read-confirm button; "
        "the 时间/地点/主持/参会/记录 lines of the minutes stay in the body and 时间 gives the date; the drafting "
        "date differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于挂钟秒针异响质量问题的专题会议纪要</title>
<script src="/oa/js/frame.js"></script></head>
<body>
<div class="oa-top">⟦m 骁岭钟表厂协同办公平台⟧ <span class="user">⟦m 当前用户：张丽（生产部）⟧</span> <a>⟦a 退出⟧</a></div>
<div class="oa-menu">⟦m 待办事项　公文中心　会议管理　知识文档　通讯录⟧</div>
<div class="oa-path">⟦m 公文中心 / 会议纪要 / 查看⟧</div>
<div class="doc-head"><h2>{T}</h2>
<div class="doc-attr">⟦m 拟稿：质量部 林悦　拟稿日期：2025-10-16　密级：内部⟧</div></div>
<div class="doc-body">
{BODY}
</div>
<div class="flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 拟稿 林悦 2025-10-16 09:12 → 审核 周岩 2025-10-16 10:40 → 签发 何俊峰 2025-10-16 15:05⟧</p></div>
<div class="read">⟦m 已阅 37 人　未阅 5 人⟧ <button>⟦a 我已阅知⟧</button> <button>⟦a 打印稿纸⟧</button></div>
<div class="oa-foot">⟦m 信息中心技术支持　内线 6600⟧</div>
</body></html>
""",
        body="""
时间：2025年10月15日14:30
地点：厂部二楼会议室
主持：副厂长 何俊峰
参会：质量部、生产部、采购部、总装车间负责人
记录：质量部 林悦
会议听取了质量部关于9月以来客户反映挂钟秒针“咔嗒”异响问题的调查情况。经拆解分析，异响主要出在一批外购机芯的秒轮上，涉及产品约3200台。会议议定如下：
一、采购部即日起暂停该批机芯入库，与供应商交涉退换，10月25日前书面报告处理结果。
二、总装车间对在库成品逐台开展静音测试，不合格品返工更换机芯。
三、质量部将静音测试纳入出厂检验项目，并修订检验规程。
""",
    ),
    dict(
        slug="yule-intranet-bulletin-rod-workshop-burn-wps",
        site="渔乐渔具内部信息门户 (invented intranet)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://portal.yuleyuju.local/files/aqhb/2025/1024-tb.wps",
        title="关于碳素鱼竿卷管车间一起烫伤事故的通报",
        record_title="关于碳素鱼竿卷管车间一起烫伤事故的通报.wps",
        date="2025-10-24",
        notes="file-name record title; intranet file page with publisher line, preview/download/forward actions, "
        "the IT desk's extension and an internal-use notice",
        page="""
!m 渔乐渔具内部信息门户　｜　仅限内网访问
!m 文件中心 › 安全环保 › 通报
!t 关于碳素鱼竿卷管车间一起烫伤事故的通报.wps
!m 发布人：安环部 陈婷　　阅读 126　　附件 1
!a 在线预览　下载附件　转发同事
{BODY}
!m IT服务台分机：8008（工作日 8:00—17:30）
!d 内部资料，未经许可不得外传或截图转发
""",
        indent="\u3000\u3000",
        body="""
各车间、部门：
10月22日夜班，卷管车间固化炉操作工李某在未停炉的情况下伸手调整竿坯，右手被炉口烫伤，经医院处理已无大碍，但事故暴露出车间安全管理存在明显漏洞。
经调查，事故直接原因是操作工违反“停炉、降温、再操作”的规程；间接原因是当班班长未履行巡查职责，固化炉防护挡板拆下后长期未装回。
公司决定：对卷管车间通报批评，扣减当月安全考核分10分；对当班班长罚款200元；责成设备部3日内恢复全部防护挡板。
各车间要引以为戒，立即开展一次安全自查，重点检查高温、旋转设备防护装置，自查情况于11月1日前报安全环保部。
汜阳渔乐渔具有限公司安全环保部
2025年10月24日
""",
    ),
    dict(
        slug="ruizhou-second-hospital-article-choose-bp-monitor",
        site="汭州市第二人民医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.rzsdermyy.example.cn/jkkp/mbjt/2025/0912/2841.html",
        title="老年人选购家用血压计的五点建议",
        record_title="【慢病讲堂】老年人选购家用血压计的五点建议_健康科普_汭州市第二人民医院",
        date="2025-09-12",
        notes="hospital site with a booking float, a 预约挂号 line and a 24-hour emergency line beside the department's "
        "own 咨询电话; a numbered list; the 发布时间 line is the page's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【慢病讲堂】老年人选购家用血压计的五点建议_健康科普_汭州市第二人民医院</title></head>
<body>
<div class="top">⟦m 汭州市第二人民医院　三级综合医院⟧ <span>⟦a 无障碍　关怀版⟧</span></div>
<div class="nav">⟦m 首页　医院概况　科室导航　专家介绍　就医指南　健康科普⟧</div>
<div class="loc">⟦m 首页 > 健康科普 > 慢病讲堂⟧</div>
<div class="art">
<h1>⟦t 【慢病讲堂】老年人选购家用血压计的五点建议⟧</h1>
<div class="src">⟦m 发布时间：2025-09-12　供稿：心血管内科　浏览：2217⟧</div>
<div class="con">
{BODY}
</div>
<div class="pn">⟦l 上一篇：秋冬季节心脑血管病预防小贴士⟧<br>⟦l 下一篇：糖尿病患者如何正确监测血糖⟧</div>
</div>
<div class="float-yy"><a>⟦a 网上预约挂号⟧</a><a>⟦a 报告查询⟧</a></div>
<div class="foot">
<p>⟦m 预约挂号：0731-82670114　24小时急救：0731-82670120⟧</p>
<p>⟦m 地址：汭州市骢湖区康宁路88号　湘ICP备12003318号⟧</p></div>
<script src="/js/yygh-float.js"></script>
</body></html>
""",
        body="""
随着高血压患者越来越多，家用血压计已成为不少家庭的常备品。心血管内科副主任医师庞磊提醒，给老人选血压计，要注意以下五点。
1.选上臂式，不选手腕式。上臂式测量更准确，更适合动脉硬化的老年人。
2.袖带要合适。臂围超过32厘米的，要选大号袖带，否则读数偏高。
3.屏幕要大，按键要少。最好有语音播报，方便视力不好的老人。
4.能存数据。具备记忆功能或能连手机的，复诊时可以给医生看趋势。
5.定期校准。买回后可以带到医院与专业血压计比对，之后每年校准一次。
心血管内科开设高血压专病门诊（周二、周四全天），咨询电话：0731-82671152。
""",
    ),
    dict(
        slug="qiyang-tcm-hospital-rule-bp-calibration",
        site="骐阳县中医医院 (invented)",
        style="医院官网",
        genre="制度/规程",
        kind="other",
        form="text",
        source="http://www.qyxzyyy.example.cn/yygl/zd/2025/0301/187.html",
        title="病区血压计使用与校准管理规定",
        record_title="［院内制度］病区血压计使用与校准管理规定 - 骐阳县中医医院",
        date="2025-03-01",
        notes="hospital rule with 第N条 articles and an effective clause; the department's signature date is the "
        "document's date; switchboard and booking lines",
        page="""
!m 骐阳县中医医院　　仁心仁术　传承岐黄
!m 首页 ＞ 医院管理 ＞ 规章制度
!t ［院内制度］病区血压计使用与校准管理规定
!m 来源：医学装备科　　点击：341
!a 〔打印〕〔关闭〕
{BODY}
!m 医院总机：0739-7236120　　门诊预约：0739-7236199
!m 骐阳县中医医院 版权所有　地址：骐阳县杏林路12号
""",
        body="""
第一条　为保证病区血压测量准确，保障医疗安全，制定本规定。
第二条　本规定适用于全院各病区使用的台式、立式和电子血压计。
第三条　各病区指定一名护士为血压计管理员，建立使用登记本，每周检查一次外观和袖带。
第四条　医学装备科每年组织一次计量检定，检定合格的粘贴合格标识；超过检定有效期的，不得使用。
第五条　电子血压计每半年与台式血压计比对一次，两者相差超过5毫米汞柱的，停用送修。
第六条　袖带每月清洁消毒一次，隔离病区专人专用。
第七条　本规定自发布之日起施行。
骐阳县中医医院医学装备科
2025年3月1日
""",
    ),
    dict(
        slug="zhengheng-law-article-rod-snapped-in-shop",
        site="汜阳正衡律师事务所 (invented)",
        style="律所网站",
        genre="律师文章",
        kind="other",
        form="html",
        source="https://www.zhenghenglaw.example.cn/news/lsfs/3302.html",
        title="试竿时鱼竿断了，顾客要全额赔吗？",
        record_title="【消费维权课】试竿时鱼竿断了，顾客要全额赔吗？｜汜阳正衡律师事务所",
        date="2025-06-09",
        notes="law firm page with a lawyer card, a consult float, a 400 line and a 本文链接 block; the 发布时间 line is "
        "the page's date; a free-consult line glued after a 。",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【消费维权课】试竿时鱼竿断了，顾客要全额赔吗？｜汜阳正衡律师事务所</title></head>
<body>
<div class="hd">⟦m 汜阳正衡律师事务所⟧ <span>⟦m 全国免费咨询：400-860-3315⟧</span></div>
<div class="nav">⟦m 首页　律所简介　专业领域　律师团队　律师说法　联系我们⟧</div>
<div class="path">⟦m 首页 › 律师说法 › 消费维权⟧</div>
<div class="article">
<h1>⟦t 【消费维权课】试竿时鱼竿断了，顾客要全额赔吗？⟧</h1>
<div class="meta">⟦m 发布时间：2025-06-09　作者：正衡律所　阅读：1530⟧</div>
<div class="content">
{BODY}
</div>
<div class="link-box">⟦m 本文地址：https://www.zhenghenglaw.example.cn/news/lsfs/3302.html⟧<br>⟦d 转载请保留本文地址，违者必究⟧</div>
</div>
<div class="lawyer-card">⟦m 执业律师 孔维 ｜ 擅长消费维权、合同纠纷⟧ <a>⟦a 在线咨询⟧</a></div>
<div class="float-consult">⟦w 遇到纠纷别着急，律师10分钟内回复 ☎ 400-860-3315⟧</div>
<div class="foot">⟦m 汜阳正衡律师事务所　执业许可证号：14301201810392117⟧</div>
<script>setTimeout(function(){document.querySelector(".float-consult").className+=" shake"},8000);</script>
</body></html>
""",
        body="""
不久前，市民王先生在渔具店试甩一根标价1280元的碳素鱼竿，竿梢碰到天花板吊灯后折断。店家要求他按原价赔偿，王先生认为鱼竿本身质量有问题，双方争执不下。
本所律师认为，此事应分清责任。经营者允许顾客试竿，应当提供安全的试用环境；店内层高不足、吊灯过低，店家未作提醒，自身存在一定过错。⟦w 类似纠纷可免费咨询本所律师⟧顾客试竿时也应尽到合理注意义务，用力过猛、操作不当的，需承担相应责任。
如果经鉴定鱼竿本身存在质量缺陷，顾客可以不承担赔偿责任。实践中，双方按过错比例分担损失较为常见，也可以申请市场监管部门调解。
提醒广大钓友：试竿前先看清周围环境，有争议时保留视频等证据。
""",
    ),
    dict(
        slug="mingli-law-qa-ebike-stolen-in-shed",
        site="骅川明理律师事务所 (invented)",
        style="律所网站",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.hcmingli.example.cn/pfkt/2025/417.html",
        title="小区车棚电动车被盗，物业要不要赔？",
        record_title="[普法课堂]小区车棚电动车被盗，物业要不要赔？ —— 明理律所",
        date=None,
        notes="law firm Q&A in text: consult line and 400 line, a repost notice; no date on the page",
        page="""
!m 骅川明理律师事务所　　明法理　护权益
!m 首页 > 普法课堂 > 物业纠纷
!t [普法课堂]小区车棚电动车被盗，物业要不要赔？
!m 解答律师：葛文涛　　阅读 702
{BODY}
!w 物业纠纷、财产损失，一对一咨询请拨 400-913-5288
!d 本文为明理律所原创，转载须经书面许可
!l 相关问答：业主家中被盗，物业担责吗？ ｜ 车位被占，物业不管怎么办？
""",
        body="""
问：我把电动车停在小区收费车棚，也上了锁，结果车锁被撬、车被偷了。物业每月收20元停车费，要不要赔？
答：要看物业与业主之间是什么法律关系。如果收取的只是车位使用费，物业一般只负有合理的安全保障义务；如果双方约定了车辆保管，物业就要承担保管责任。
本案中，车棚有门禁和监控，但案发当晚监控损坏、值班人员脱岗，物业未尽到安全保障义务，应在其过错范围内承担相应赔偿责任。车主自己也要做好防盗，尽量使用质量可靠的车锁。
建议车主及时报警并保存停车费凭证、监控截图等证据，与物业协商不成的，可向法院起诉。
""",
    ),
    dict(
        slug="xiehu-community-notice-bp-self-check-points",
        site="榭湖社区服务网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://xiehu.sqfw.example.cn/tzgg/2025/0828/612.html",
        title="关于设立居民自助血压测量点的通知",
        record_title="【健康驿站】关于设立居民自助血压测量点的通知 - 榭湖社区服务网",
        date="2025-08-28",
        notes="residents' site with a weather line, a grid worker's box and a property repair line beside the "
        "community's own duty phone; a sentence about scanning the device's QR code stays; opening-hours line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【健康驿站】关于设立居民自助血压测量点的通知 - 榭湖社区服务网</title></head>
<body>
<div class="top">⟦m 榭湖社区服务网⟧ <span class="weather">⟦m 骢湖今日：晴 24～33℃⟧</span></div>
<div class="nav">⟦m 首页　社区公告　健康驿站　党建园地　办事指南⟧</div>
<div class="where">⟦m 首页 / 社区公告⟧</div>
<div class="notice">
<h2>⟦t 【健康驿站】关于设立居民自助血压测量点的通知⟧</h2>
<div class="info">⟦m 发布：社区居委会　阅读 489⟧</div>
<div class="txt">
{BODY}
</div></div>
<div class="grid-box"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第3网格 叶青 139****5021⟧</p></div>
<div class="wuye">⟦m 锦园物业报修：0731-82518800⟧</div>
<div class="foot">⟦m 骢湖区榭湖街道榭湖社区居民委员会 主办⟧</div>
<script src="/static/weather.js"></script>
</body></html>
""",
        body="""
各位居民：
为方便大家随时监测血压，社区在党群服务中心、锦园小区和榴园小区各设立了一处自助血压测量点，配备上臂式电子血压计，自9月1日起免费开放。
开放时间：每天8:00—20:00。
使用方法：坐下静息5分钟，将袖带套在上臂，按“开始”键即可；扫描机身二维码，可把测量结果存到个人健康档案。
每周二、周五上午，社区卫生服务站医生在党群服务中心坐诊，血压偏高的居民可当面咨询。
设备如有故障，请拨打社区值班电话：0731-82519036。
榭湖社区居民委员会
2025年8月28日
""",
    ),
    dict(
        slug="guixiang-community-notice-summer-rope-class",
        site="桂香社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.guixiangsq.example.cn/gg/2025070401.html",
        title="关于举办2025年暑期少儿跳绳公益班的通知",
        date="2025-07-04",
        notes="title as the record gives it; a 扫码报名 sentence and the community office's own phone stay; weather "
        "line and a property service line on the page; a share row glued after the last 。 of the body",
        page="""
!m 桂香社区网 ｜ 邻里一家亲
!m 郯坪天气：阵雨 25～31℃
!m 首页 >> 社区公告
{T}
!m 发布人：社区居委会　浏览：233
{BODY}
!m 桂香物业客服：0739-6630900
!m 郯坪镇桂香社区居民委员会 主办
""",
        body="""
各位家长：
为丰富辖区青少年暑期生活，郯坪镇桂香社区联合镇中心小学，举办暑期少儿跳绳公益班，现将有关事项通知如下：
一、招收对象：辖区内7至12岁儿童，共40名，额满为止。
二、上课时间：7月14日至8月15日，每周一、三、五上午9:00—10:30。
三、上课地点：桂香社区文体广场（雨天改在社区活动室）。
四、报名方式：请家长扫描社区公告栏上的二维码报名，或到社区服务大厅登记。
课程免费，跳绳由社区统一发放。咨询电话：0739-6630218（社区办公室）。⟦l 转给邻居　｜　存到相册⟧
郯坪镇桂香社区居民委员会
2025年7月4日
""",
    ),
    dict(
        slug="siyang-tackle-association-council-minutes",
        site="汜阳渔具协会 (invented trade association)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="html",
        source="https://www.syyjxh.example.cn/xhxw/2025/0623/95.html",
        title="汜阳县渔具行业协会第二届理事会第三次会议纪要",
        record_title="〔会务〕汜阳县渔具行业协会第二届理事会第三次会议纪要 - 协会新闻 - 汜阳渔具协会",
        date="2025-06-18",
        date_also=["2025-06-23"],
        notes="association site with a member-login row and a member hotline; minutes with 时间/地点/主持/出席/列席/"
        "记录 lines and vote counts; the site's posting date differs from the meeting date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔会务〕汜阳县渔具行业协会第二届理事会第三次会议纪要 - 协会新闻 - 汜阳渔具协会</title></head>
<body>
<div class="hd">⟦m 汜阳渔具协会⟧ <span>⟦a 会员专区登录 · 我要入会⟧</span></div>
<div class="nav">⟦m 首页　协会概况　协会新闻　团体标准　会员风采　联系我们⟧</div>
<div class="crumb">⟦m 首页 » 协会新闻⟧</div>
<div class="news">
<h1>⟦t 〔会务〕汜阳县渔具行业协会第二届理事会第三次会议纪要⟧</h1>
<div class="meta">⟦m 发布时间：2025-06-23　来源：秘书处　浏览：207⟧</div>
<div class="body">
{BODY}
</div>
<div class="pn">⟦l 上一篇：协会组团参加华中渔具展⟧　⟦l 下一篇：关于征集渔具博览会参展企业的通知⟧</div>
</div>
<div class="side"><h4>⟦l 会员风采⟧</h4><p>⟦l 汜阳浮漂工坊：一根漂子的三十道工序⟧</p></div>
<div class="ft">⟦m 会员服务热线：0739-2236611　地址：汜阳县渔具产业园综合楼⟧<br>⟦m 汜阳县渔具行业协会 版权所有⟧</div>
<script src="/js/member-login.js"></script>
</body></html>
""",
        body="""
时间：2025年6月18日上午9:00
地点：汜阳县渔具产业园综合楼三楼会议室
主持：会长 谭永福
出席：理事21人（应到理事25人）
列席：监事2人，秘书处工作人员
记录：秘书处 苏小禾
会议审议并表决了以下事项：
一、审议通过《汜阳县碳素鱼竿团体标准（征求意见稿）》，同意提交全体会员征求意见。表决结果：同意20票，反对0票，弃权1票。
二、审议通过吸收汜阳县浮漂工坊等6家企业为新会员。表决结果：同意21票。
三、会议决定于9月举办首届汜阳渔具博览会，由秘书处牵头制定筹备方案。
""",
    ),
    dict(
        slug="ruizhou-lock-association-pledge-bike-lock-quality",
        site="汭州锁协网 (invented trade association)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.rzsuoxie.example.cn/xhgg/2025/0428/77.html",
        title="关于规范自行车锁产品质量的倡议书",
        record_title="关于规范自行车锁产品质量的倡议书（请会员单位转发）_汭州市锁具行业协会",
        date="2025-04-25",
        date_also=["2025-04-28"],
        notes="association pledge; the site's posting date differs from the signature date; the association's name "
        "is both the signature and (in a longer line) the site's chrome; member login and a member phone",
        page="""
!m 汭州锁协网 ｜ 行业服务平台
!a 会员登录　　入会申请　　会员单位查询
!m 首页 → 协会公告
!t 关于规范自行车锁产品质量的倡议书（请会员单位转发）
!m 发布日期：2025-04-28　　来源：协会秘书处
{BODY}
!m 协会秘书处电话：0731-84102236
!l 上一条：关于召开2025年会员大会的通知
!m 汭州锁协网 版权所有
""",
        body="""
全市锁具生产和销售企业：
今年一季度，市市场监管局抽查的40批次自行车锁中有5批次不合格，暴露出部分企业偷工减料、虚标防盗等级等问题。为维护行业信誉，汭州市锁具行业协会向全体会员单位倡议：
一、严守标准。严格按照国家标准组织生产，抗剪切、抗拉等关键指标不达标的产品一律不出厂。
二、如实标注。产品包装如实标注防盗等级和检测依据，不夸大宣传。
三、畅通售后。设立售后服务电话，及时受理消费者投诉。
四、接受监督。主动配合监管部门抽查，欢迎消费者和媒体监督。
汭州市锁具行业协会
2025年4月25日
""",
    ),
]
