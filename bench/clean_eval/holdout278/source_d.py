"""holdout278, part D: county forums, download stations, personnel-exam sites, tender portals, law firms.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="localforum-yucheng-handstove-buyers-thread-subject",
        site="燠城生活网论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.yuchenglife.com/thread-221905-1-1.html",
        title="老街上有人挨家挨户收旧手炉，是不是骗子？",
        record_title=None,
        date=None,
        notes="county forum: no title in the record (the thread subject); weather line, medals, a decoration ad, an official-reply link; "
        "jammer-font junk; the police station's duty phone quoted in the post beside the ad's phone; relative post time, no date",
        page="""
<html><head><meta charset="gbk"><title>燠城生活网论坛 - 燠城人的网上家园</title>
<style>.jammer{font-size:0;color:#fff}</style></head><body>
<div class="top">⟦m 燠城生活网论坛⟧　⟦m 今日燠城：小雨转阴　3～9℃⟧　<a>⟦a 马上注册⟧</a> <a>⟦a 找回密码⟧</a></div>
<div class="crumb">⟦m 燠城生活网 › 燠城茶馆 › 百姓话题⟧</div>
<div class="banner">⟦m 【家装广告】老房翻新找燠城匠心装饰，0743-5233888⟧</div>
<table><tr><td class="pls">⟦m 铜匠街老住户⟧<br>⟦m 勋章：老街坊　热心市民⟧</td>
<td class="plc"><h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 发表于 前天 20:51　┆ 电脑版发帖⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="gov">⟦l 此帖已转交城关派出所　→ 查看官方回复⟧</div>
<div class="po">⟦a 顶一下　踩一下　转发　举报⟧</div></td></tr></table>
<div class="replies">⟦l 沙发 · 城西阿伟：我家也来过，开口就问有没有铜器，没理他⟧<br>⟦l 板凳 · 小燠：转给我妈看了⟧</div>
<div class="ft">⟦a 回帖需先绑定手机⟧　⟦m 燠城生活网 · 湘ICP备16003355号-1⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
这几天铜匠街、米市巷一带有两个外地口音的人，骑着三轮车挨家挨户敲门，说专门收旧手炉、旧铜壶，一个手炉给八十到一百五。
我家老太太差点把她陪嫁的手炉卖了，被我拦下来了。后来上网一查，说这种人先低价收，看到家里老人多、东西多的，就记下门牌，有的还顺手牵羊。
我打了城关派出所的值班电话0743-5220110问了一下，民警说已经接到几起类似反映，会加强巡查，提醒大家不要让陌生人进屋，也别当着外人清点家里的东西。
家里有老人的，回去提醒一下。真想卖老物件，找县文化馆或者正规的收藏店问问价，别贪那几十块钱。
""",
    ),
    dict(
        slug="localforum-minchuan-repost-night-market-sugar-stalls",
        site="旻川论坛 (invented county forum)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.minchuanbbs.com/forum.php?mod=viewthread&tid=90317",
        title="关于调整周末夜市糖人糖画摊位的通知",
        record_title="[搬运·夜市群] 关于调整周末夜市糖人糖画摊位的通知 - 旻川生活 - 旻川论坛",
        date="2025-06-20",
        notes="county forum repost of a market office's notice: board and site suffix, [转帖] prefix; relative post time; "
        "the notice's own 咨询电话 beside the forum's ad line; 成文日期 under the signature",
        page="""
!m 旻川论坛 › 旻川生活 › 便民信息
!t [搬运·夜市群] 关于调整周末夜市糖人糖画摊位的通知
!m 楼主：旻川小喇叭　　3 天前　　阅读 3905　回复 41
!m 来源：夜市管理办公室微信群，大家互相转告
{BODY}
!l 1# 吃货一枚：上周还在桥头买的，以后要去广场了
!l 2# 旻川小喇叭 回复 1#：对，就在喷泉东边
!a 快速回帖（需登录）
!m 【推广】旻川同城跑腿，15分钟送达，微信 mcpt2025
!m 旻川论坛　鄂ICP备19020641号
""",
        indent="\u3000\u3000",
        body="""
各经营户：
为缓解滨河路周末夜市通行压力，经研究，决定对糖人、糖画等现场制作类摊位进行调整。现将有关事项通知如下：
一、自6月28日起，原设在滨河路桥头的8个糖人、糖画摊位统一迁至人民广场喷泉东侧，按原编号顺序摆放。
二、现场制作摊位须自备灭火器和隔热垫，炉具距离游客通道不少于1米，收摊后清理糖渍。
三、摊位费标准不变，请经营户于6月25日前到夜市管理办公室办理换位手续。
咨询电话：0710-4526087。
旻川县城关镇夜市管理办公室
2025年6月20日
""",
    ),
    dict(
        slug="download-qianye-rules-rattan-steaming-drying",
        site="千叶资料站 (invented download station, gb2312 table layout)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.qianye-ziliao.com/soft/anquan/30917.html",
        title="藤筐蒸煮与烘干工序安全操作规程",
        record_title="藤筐蒸煮与烘干工序安全操作规程（蒸房张贴版）下载 - 千叶资料站",
        date=None,
        notes="download station: file-info table, three download links, an unzip password and a dead-link report; "
        "a rule with 第N条 articles, one speaking of printing and posting the rule; update stamp only, no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>藤筐蒸煮与烘干工序安全操作规程（蒸房张贴版）下载 - 千叶资料站</title></head>
<body>
<table width="980" align="center"><tr><td>⟦m 千叶资料站 — 安全资料 免费下载⟧</td><td align="right">⟦a 收藏千叶 | 投稿有奖⟧</td></tr></table>
<div class="nav">⟦m 首页　安全资料　规章制度　应急预案　培训课件⟧</div>
<div class="pos">⟦m 当前：千叶资料站 → 安全资料 → 操作规程⟧</div>
<h1>{T}</h1>
<table class="info" border="1">
<tr><td>⟦m 资料大小：46 KB⟧</td><td>⟦m 资料格式：DOC⟧</td><td>⟦m 更新：2025-05-06⟧</td></tr>
<tr><td>⟦m 授权方式：免费共享⟧</td><td>⟦m 下载次数：1127⟧</td><td>⟦m 星级：★★★★⟧</td></tr>
</table>
<div class="intro"><b>⟦m 资料简介：⟧</b>
{BODY}
</div>
<div class="down"><b>⟦a 下载地址：⟧</b><a>⟦a 电信高速下载⟧</a> <a>⟦a 联通高速下载⟧</a> <a>⟦a 备用镜像下载⟧</a></div>
<div class="pwd">⟦a 如遇压缩包需输入解压密码，请填：qianye⟧</div>
<div class="err"><a>⟦a 下载不了？点此告诉站长⟧</a></div>
<div class="foot">⟦d 本站资料均来自网络收集整理，如有侵犯您的权益请告知，核实后即删除。⟧<br>⟦m 千叶资料站 qianye-ziliao.com　皖ICP备14022870号⟧</div>
</body></html>
""",
        body="""
第一条　本规程适用于藤筐生产中的藤条蒸煮、熏白和烘干工序。
第二条　蒸煮锅开机前，操作工应检查压力表、安全阀和排汽管是否完好，锅内水位不得低于标示线。
第三条　装料、出料时必须佩戴隔热手套和防护面罩，出料前先排汽降压，严禁带压开盖。
第四条　熏白间使用硫磺时，操作人员应佩戴防毒口罩，熏白期间关闭门窗，结束后通风三十分钟以上方可进入。
第五条　烘干房温度不得超过七十摄氏度，藤条与热风口距离不少于一米，每两小时巡查一次并记录。
第六条　本规程应打印张贴在蒸房和烘干房门口，新员工上岗前须经培训并考核合格。
第七条　本规程自发布之日起执行。
""",
    ),
    dict(
        slug="download-tongku-template-grater-purchase-contract-doc",
        site="通库文档下载 (invented download station)",
        style="资料下载站",
        genre="合同范本",
        kind="other",
        form="text",
        source="http://www.tongku-down.com/hetong/caigou/6602.html",
        title="擦菜板等厨房用具采购合同（范本）",
        record_title="擦菜板等厨房用具采购合同（范本）.doc",
        date=None,
        notes="file-name record title; a contract template with ×× placeholders, ＿＿ blanks and ＿＿＿＿年＿＿月＿＿日; "
        "第N条 articles; download links and a report link as chrome; no date",
        page="""
!m 通库文档下载 · 合同范本频道
!m 位置：首页 > 合同范本 > 采购合同
!t 擦菜板等厨房用具采购合同（范本）.doc
!m 大小：28K　　类别：采购合同　　评级：四星　　人气：906
!a ↓ 本地下载一　　↓ 本地下载二　　↓ 网盘备用
!m 内容预览：
{BODY}
!a 预览只显示部分条款，完整合同请点击上方下载
!a 下载出问题请点“报错”，站长会在一天内修复
!m 通库文档下载　www.tongku-down.com
""",
        body="""
甲方（采购方）：××学校
乙方（供货方）：××厨具有限公司
第一条　产品名称、规格、数量：不锈钢擦菜板＿＿块，刨丝器＿＿个，单价分别为＿＿元、＿＿元，合计人民币＿＿元。
第二条　质量要求：产品应符合国家相关标准，刃口无毛刺、无卷刃，刀片与框架连接牢固。
第三条　交货时间和地点：乙方应于＿＿年＿＿月＿＿日前将货物送至甲方食堂，运费由乙方承担。
第四条　验收：甲方收货后三日内组织验收，不合格的乙方应无条件更换。
第五条　付款：验收合格后＿＿日内，甲方一次性付清货款。
第六条　违约责任：乙方逾期交货的，每逾期一日按合同总额的＿＿%支付违约金。
甲方（盖章）：　　　　　　乙方（盖章）：
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="exam-haoyang-notice-sugar-craft-skill-test",
        site="皞阳人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.hyrsks.cn/kwgg/202508/t20250822_6619.html",
        title="关于组织2025年度糖塑技艺专项职业能力考核的通知",
        record_title="【考评通知】关于组织2025年度糖塑技艺专项职业能力考核的通知_皞阳人事考试网",
        date="2025-08-20",
        date_also=["2025-08-22"],
        notes="exam site: maintenance banner, an admission-ticket float; timetable one row a paragraph; sentences about downloading and "
        "printing the 准考证 kept; the centre's 咨询电话 beside the site's technical line; 成文日期 vs posting date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【考评通知】关于组织2025年度糖塑技艺专项职业能力考核的通知_皞阳人事考试网</title></head>
<body>
<div class="ks-top">⟦m 皞阳人事考试网 · 皞阳市人事考试院⟧</div>
<div class="ks-warn">⟦d 系统升级公告：本网将于8月30日0:00—6:00暂停服务⟧</div>
<div class="ks-nav">⟦m 首页｜考试动态｜考务公告｜成绩查询｜证书领取⟧</div>
<div class="ks-pos">⟦m 您的位置：首页 &gt; 考务公告⟧</div>
<div class="ks-art"><h2>{T}</h2>
<p class="ks-info">⟦m 发布日期：2025-08-22　　来源：职业技能鉴定中心⟧</p>
<div class="ks-con">
{BODY}
</div></div>
<div class="ks-float">⟦a 准考证打印入口 ›⟧</div>
<div class="ks-foot">⟦m 网上报名技术支持：0739-6088900（工作日）⟧<br>⟦m 皞阳市人事考试院　湘ICP备08009120号⟧</div>
</body></html>
""",
        body="""
各有关单位，各位考生：
根据年度考核计划，市职业技能鉴定中心定于9月下旬组织糖塑技艺（吹糖人、糖画）专项职业能力考核。现将有关事项通知如下：
一、报名条件。从事糖塑制作一年以上，或参加过相关技能培训的人员均可报名。
二、考核安排：
科目　时间　地点
理论知识　9月20日9:00—10:00　市职业技能鉴定中心三楼
吹糖人实操　9月20日14:00—16:00　鉴定中心实训室
糖画实操　9月21日9:00—11:00　鉴定中心实训室
三、考生须于9月15日起登录本网站下载并打印准考证，考试时携带准考证和身份证原件。熬糖所需炉具、铜锅由考点统一提供。
咨询电话：0739-6088731。
皞阳市职业技能鉴定中心
2025年8月20日
""",
    ),
    dict(
        slug="exam-minchuan-museum-interview-silk-fan-restorer",
        site="旻川人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.minchuan.gov.cn/zpgg/2025/0606/771.html",
        title="旻川县博物馆2025年公开招聘织绣文物修复岗位面试公告",
        date="2025-06-06",
        notes="record gives the title as is; interview list one row a paragraph; a sentence telling candidates to download and print "
        "the interview notice; the museum's 咨询电话 beside the site's technical line",
        page="""
!m 旻川人事考试信息网　　　无障碍｜关怀版
!m 首页 > 事业单位招聘 > 面试公告
!t 旻川县博物馆2025年公开招聘织绣文物修复岗位面试公告
!m 发布单位：旻川县人力资源和社会保障局　　浏览：2207
{BODY}
!a 【打印此页】【收藏此页】
!m 系统登录问题请拨 0736-5289911　　旻川人事考试信息网 版权所有
""",
        body="""
根据《旻川县博物馆2025年公开招聘工作人员公告》，笔试成绩已经公布。现将织绣文物修复岗位面试有关事项公告如下：
一、进入面试人员名单
准考证号　姓名　笔试成绩
2025060103　陆晓岚　76.5
2025060117　柯文静　74.0
2025060122　单明月　71.5
二、面试内容。面试采取结构化面试加实操的方式。实操内容为对一件残损团扇绢面进行现状记录并提出修复方案，时间60分钟。
三、面试时间和地点。6月15日上午8:30，旻川县博物馆三楼会议室。请考生于6月12日起登录本网站下载并打印面试通知书。
咨询电话：0736-5283306（县博物馆办公室）。
旻川县人力资源和社会保障局
2025年6月6日
""",
    ),
    dict(
        slug="tender-yanyang-bid-result-rattan-crates",
        site="沇阳公共资源交易服务平台 (invented)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="html",
        source="https://ggzy.yanyang.gov.cn/jyxx/zfcg/zbgg/20250828/0093117.html",
        title="沇阳市果蔬批发市场周转藤筐采购项目中标结果公告",
        record_title="【定标公示】沇阳市果蔬批发市场周转藤筐采购项目中标结果公告｜沇阳公共资源交易服务平台",
        record_date="2025-08-28",
        date="2025-08-28",
        notes="record gives the date; tender portal with a publicity countdown, CA and trading-system lines beside the purchaser's "
        "and the agency's contacts; bid lots one row a paragraph",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【定标公示】沇阳市果蔬批发市场周转藤筐采购项目中标结果公告｜沇阳公共资源交易服务平台</title></head>
<body>
<div class="jy-top">⟦m 沇阳公共资源交易服务平台⟧　<a>⟦a 主体注册⟧</a> <a>⟦a CA登录⟧</a></div>
<div class="jy-nav">⟦m 首页｜交易信息｜政策法规｜服务指南｜诚信体系⟧</div>
<div class="jy-pos">⟦m 交易信息 &gt; 政府采购 &gt; 中标（成交）公告⟧</div>
<div class="jy-art"><h3>{T}</h3>
<p class="jy-info">⟦m 信息时间：2025-08-28　　项目编号：YYCG-2025-0417⟧</p>
<p class="jy-count">⟦m 公示期剩余：1天 06时 12分⟧</p>
<div class="jy-con">
{BODY}
</div>
<div class="jy-att">⟦a 相关附件：中标通知书（公示版）.pdf⟧</div></div>
<div class="jy-foot">⟦m CA证书办理：0738-2301166⟧　⟦m 交易系统运维：0738-2301188⟧<br>⟦m 沇阳市公共资源交易中心　湘ICP备18010055号⟧</div>
</body></html>
""",
        body="""
一、项目名称：沇阳市果蔬批发市场周转藤筐采购项目
二、采购方式：公开招标
三、中标结果：
包号　中标供应商　中标金额（元）
第一包（大号果蔬筐）　泃源藤心工艺品有限公司　386400
第二包（中号茶叶筐）　昽溪县爟口藤编专业合作社　127800
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：沇阳市果蔬批发市场管理有限公司，联系人：梁雪松，电话：0738-2650117。
采购代理机构：沇阳明达招标代理有限公司，联系人：祁媛，电话：0738-2316645。
""",
    ),
    dict(
        slug="tender-juntang-inquiry-canteen-graters",
        site="阳光采购在线 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://www.ygcg-online.cn/notice/xj/2025081800214.html",
        title="晙塘镇中心小学食堂厨具询价采购公告",
        record_title="晙塘镇中心小学食堂厨具询价采购公告（报价截止前勿错过）- 阳光采购在线",
        date="2025-08-18",
        notes="procurement text: items one row a paragraph; a sentence about downloading the inquiry file kept; "
        "the purchaser's contact beside the platform's hotline; 成文日期",
        page="""
!m 阳光采购在线 · 中小采购信息平台
!m 首页 › 询价公告 › 教育
!t 晙塘镇中心小学食堂厨具询价采购公告（报价截止前勿错过）
!m 距报价截止还有：2天　　已有 9 家供应商关注
{BODY}
!a ［我要报价］　［订阅此类公告］
!m 平台客服热线：400-882-6105　　工作时间 8:30-17:30
!d 本平台仅发布采购信息，交易双方的权利义务以采购文件为准。
""",
        body="""
晙塘镇中心小学食堂需采购一批厨具，现进行询价采购，欢迎符合条件的供应商参加。
一、采购内容
品名　规格　数量
不锈钢擦菜板（带护手器）　四面型　20块
刨丝器　三刀片　12个
防割手套　5级防割　40副
二、供应商须为具有独立承担民事责任能力的法人或个体工商户，产品须提供合格证明。
三、请有意向的供应商于8月20日前到学校总务处领取或下载询价文件，报价单密封后于8月22日17:00前送达。
四、联系人：石向前，电话：0745-3270512。
晙塘镇中心小学
2025年8月18日
""",
    ),
    dict(
        slug="lawfirm-shouzhuo-case-online-grater-blade",
        site="皞阳守拙律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.shouzhuolaw.cn/anli/xiaofei/2025/318.html",
        title="网购擦菜板刀片断裂致伤，商家要担责吗",
        record_title="案例小讲堂▸网购擦菜板刀片断裂致伤，商家要担责吗 - 皞阳守拙律师事务所",
        date=None,
        notes="law firm page: lawyer card, consult float, a 400 line and a '本文链接' block; a case note with no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>案例小讲堂▸网购擦菜板刀片断裂致伤，商家要担责吗 - 皞阳守拙律师事务所</title></head>
<body>
<div class="lf-top">⟦m 皞阳守拙律师事务所⟧　⟦m 全国免费咨询：400-600-3317⟧</div>
<div class="lf-nav">⟦m 首页｜律所简介｜专业领域｜律师团队｜案例小讲堂｜联系我们⟧</div>
<div class="lf-pos">⟦m 首页 › 案例小讲堂 › 消费维权⟧</div>
<div class="lf-art"><h1>{T}</h1>
<p class="lf-meta">⟦m 作者：卢怀瑾律师　　阅读 1490⟧</p>
<div class="lf-con">
{BODY}
</div>
<div class="lf-link">⟦m 本文地址：https://www.shouzhuolaw.cn/anli/xiaofei/2025/318.html⟧<br>⟦d 转载请保留出处，文章仅为普法之用，不作为个案法律意见。⟧</div></div>
<div class="lf-card">⟦m 卢怀瑾　专职律师　执业证号14307201810566⟧<br>⟦w 擅长消费维权、产品责任纠纷，微信同号 13973906612⟧</div>
<div class="lf-float">⟦w 律师在线，30秒回复 → 立即咨询⟧</div>
<div class="lf-foot">⟦m 地址：皞阳市焯湖区司前街22号　湘ICP备20007613号⟧</div>
</body></html>
""",
        body="""
【案情】去年冬天，市民王女士在某网店买了一块不锈钢擦菜板。使用第三次时，刀片突然从框架上断开，划伤了她的右手食指，缝了四针，花去医药费两千余元。王女士找到网店索赔，店主以“使用不当”为由拒绝。
【分析】根据产品质量法，因产品存在缺陷造成他人人身损害的，受害人可以向产品的生产者要求赔偿，也可以向销售者要求赔偿。本案中，擦菜板正常使用三次即断裂，经鉴定刀片焊点不牢，属于产品缺陷。网店作为销售者，应当先行赔偿，之后可以向生产厂家追偿。
【结果】经调解，网店赔偿王女士医疗费、误工费等共计四千六百元。
【提示】网购厨具后请保存好订单截图和商品实物，一旦受伤，先就医并保留病历、票据。
""",
    ),
    dict(
        slug="lawfirm-mingli-letter-handstove-design-copy",
        site="燠城明理律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="notice",
        form="text",
        source="http://www.minglilaw-yc.com/news/lsh/2025/0320.html",
        title="关于“燠城手炉”外观设计被仿冒的律师函",
        record_title="【知识产权维权】关于“燠城手炉”外观设计被仿冒的律师函—燠城明理律师事务所",
        date="2025-03-18",
        notes="law firm text: a lawyer's letter with its own 联系电话 beside the firm's consult line; 成文日期; the firm's name is also the signature (tail)",
        page="""
!m 燠城明理律师事务所　　咨询专线：0743-5200188
!m 首页 ｜ 律所动态 ｜ 律师函公示
!t 【知识产权维权】关于“燠城手炉”外观设计被仿冒的律师函
!m 公开时间：本所授权公示　　阅读 622
{BODY}
!l 上一篇：商标被抢注怎么办？
!l 下一篇：本所律师为铜匠街商户开展知识产权讲座
!m 燠城明理律师事务所
!d 本站内容仅供参考，不构成法律意见。
""",
        body="""
旻川县某工艺品商行：
燠城县铜艺手炉制作厂（以下简称“委托人”）委托本所，就贵方仿冒“燠城手炉”外观设计一事致函如下：
委托人于2022年就“錾花椭圆铜手炉”取得外观设计专利，专利号为ZL2022305517××.×，目前处于有效状态。经委托人调查，贵方自去年10月起在网店销售的“仿古铜手炉”，其形状、盖面錾花图案与上述专利近似，足以使消费者混淆。
为此，请贵方自收到本函之日起十日内停止销售上述产品，下架相关链接，并与委托人协商赔偿事宜。逾期不予处理的，委托人将依法提起诉讼。
联系人：鲍乐安律师，联系电话：0743-5200196。
燠城明理律师事务所
2025年3月18日
""",
    ),
]
