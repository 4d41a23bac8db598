"""holdout273, part D: 资料下载站, 人事考试网, 招投标网, 律所网站, 社区网站 (one HTML and one text each).

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="download-qianye-beanbag-contest-rules-doc",
        site="千叶资料站 (invented download station, gb2312 table layout)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.qianyezl.com/soft/jiaoyu/20931.html",
        title="硙阳县中小学生传统体育游戏沙包掷准比赛规程",
        record_title="硙阳县中小学生传统体育游戏沙包掷准比赛规程.doc",
        date=None,
        notes="old download station: file-info table (the file name as a repeated title), three download links, an unzip password, a dead-link report and a floating ghost-writer ad; 第N条 articles; rules without a date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>硙阳县中小学生传统体育游戏沙包掷准比赛规程.doc - 千叶资料站</title>
<script language="javascript">function openAd(){}</script>
</head><body>
<table width="960" align="center" cellpadding="0" cellspacing="0"><tr><td class="logo">⟦m 千叶资料站⟧</td><td>⟦m 教案　课件　试卷　规章制度　应有尽有⟧</td></tr></table>
<table width="960" align="center"><tr><td class="dh">⟦m 当前位置：千叶资料站 → 教育文档 → 体育卫生⟧</td></tr></table>
<table width="960" align="center" class="fileinfo" border="1" cellspacing="0">
<tr><td>⟦t 文件名称：硙阳县中小学生传统体育游戏沙包掷准比赛规程.doc⟧</td></tr>
<tr><td>⟦m 文件大小：42 KB　　运行环境：Word/WPS　　授权：免费⟧</td></tr>
<tr><td>⟦m 入库时间：一周内　　下载次数：318⟧</td></tr>
<tr><td><a href="#d1">⟦a 电信通道下载⟧</a>　<a href="#d2">⟦a 联通通道下载⟧</a>　<a href="#d3">⟦a 本站高速通道⟧</a></td></tr>
<tr><td>⟦a 解压口令：qianyezl.com⟧　<a href="/report.asp?id=20931">⟦a 链接打不开？向站长报告⟧</a></td></tr>
</table>
<table width="960" align="center"><tr><td class="yulan"><b>⟦m 文档内容预览：⟧</b>
{BODY}
</td></tr></table>
<div id="floatad" style="position:absolute;left:0;top:260px">⟦w 各类规程方案代写，QQ 3306158724⟧</div>
<table width="960" align="center"><tr><td class="foot">⟦d 本站资料收集自网络，版权归原作者，仅供学习参考⟧<br>⟦m 千叶资料站 www.qianyezl.com　冀ICP备11027305号⟧</td></tr></table>
</body></html>
""",
        p_html="<br>{}",
        body="""
第一条　为推动传统体育游戏进校园，丰富学生课余体育活动，制定本规程。
第二条　比赛分小学组、初中组，每组设男子、女子个人赛和班级团体赛。
第三条　比赛用沙包由组委会统一提供，布面，六面缝制，内装干燥玉米粒，重量150克（±5克）。
第四条　个人赛在距靶心6米（初中组8米）处投掷，每人投10次，按落点所在环数累计得分。靶面直径2米，由内向外分为5环。
第五条　班级团体赛每班派8人参赛，计前6名成绩之和。
第六条　运动员须穿运动鞋，投掷时脚不得踩线，踩线投掷成绩无效。
第七条　各校报名表请于10月8日前报县教育局体卫艺股。
第八条　本规程由比赛组委会负责解释。
""",
    ),
    dict(
        slug="download-antou-canteen-bottle-rules",
        site="案头资料库 (invented download station, text)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.antouziliao.com/down/xuexiao/44709.html",
        title="学校食堂调味品瓶具管理制度",
        record_title="[可编辑doc] 学校食堂调味品瓶具管理制度（另附使用登记表）",
        date=None,
        notes="download page as text: file-info lines with a relative add time, download links, a reuse notice and an error-report line; 第N条 articles about bottles; no date",
        page="""
!m 案头资料库 · 学校管理 · 后勤制度
!t [可编辑doc] 学校食堂调味品瓶具管理制度（另附使用登记表）
!m 资料大小：36KB　　资料格式：doc　　授权方式：免费资料　　添加时间：3 天前
!a ▼ 下载地址一（电信）　▼ 下载地址二（移动）
!d 本库资料来自网络或网友上传，只可用于学习研究
{BODY}
!a 下载链接失效的，请点这里报错
!l 相关下载：食堂食品留样制度.doc ｜ 餐具清洗消毒操作规程.doc
!m 案头资料库 antouziliao.com　豫ICP备16022704号
""",
        body="""
第一条　为加强学校食堂酱油、醋等调味品瓶具管理，防止交叉污染和误用，制定本制度。
第二条　调味品应使用原包装瓶或食品级专用分装瓶，禁止使用饮料瓶、药瓶、清洁剂瓶等非食品容器分装。
第三条　分装瓶须贴标签，注明品名、开封日期和分装人。酱油、醋分装后应在7日内用完。
第四条　空瓶每次续装前须清洗、沸水烫洗并倒置晾干，每周集中消毒一次。
第五条　玻璃酱油瓶、醋瓶出现裂纹、瓶口破损的，立即停用并登记报废。
第六条　调味品瓶具由食堂管理员统一管理，每日收工后归位，并如实填写《调味品使用登记表》。
第七条　本制度自印发之日起施行。
""",
    ),
    dict(
        slug="exam-ciwan-teacher-skill-test-dragonfly",
        site="茨湾人事考试网 (invented personnel-exam site)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.cwrsks.cn/ksgg/sydw/202506/t20250621_6032.html",
        title="2025年茨湾县公开招聘教师小学科学岗位技能测试公告",
        record_title="【实操考核·科学岗】2025年茨湾县公开招聘教师小学科学岗位技能测试公告 - 茨湾人事考试网",
        date="2025-06-20",
        date_also=["2025-06-21"],
        notes="exam site: maintenance banner, admission-ticket float, technical line beside the bureau's own 咨询电话; a timetable; 下载并打印准考证 as content; 成文日期 expected, the 发布时间 also accepted",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>【实操考核·科学岗】2025年茨湾县公开招聘教师小学科学岗位技能测试公告 - 茨湾人事考试网</title>
</head><body>
<div class="notice-bar">⟦d 系统维护预告：本周六 0:00—2:00 暂停网上报名与缴费⟧</div>
<div class="ks-head">⟦m 茨湾人事考试网⟧ <span>⟦m 公平　公正　公开⟧</span></div>
<ul class="ks-nav"><li>⟦m 首页⟧</li><li>⟦m 考试公告⟧</li><li>⟦m 成绩查询⟧</li><li>⟦m 政策法规⟧</li><li>⟦m 考生服务⟧</li></ul>
<div class="ks-loc">⟦m 您的位置：首页 → 考试公告 → 事业单位⟧</div>
<h1>{T}</h1>
<div class="ks-info">⟦m 发布时间：2025-06-21 09:30　　信息来源：县教育局人事股　　浏览：2741⟧</div>
<div class="ks-content">
{BODY}
</div>
<div class="ks-float"><a>⟦a 准考证打印通道⟧</a><a>⟦a 成绩查询通道⟧</a></div>
<div class="ks-foot">⟦m 网站技术支持：0719-8512000（工作日）⟧<br>⟦m 茨湾县人力资源和社会保障局主办　冀ICP备13018826号⟧</div>
</body></html>
""",
        body="""
经笔试、资格复审，现将2025年茨湾县公开招聘教师小学科学岗位技能测试有关事项公告如下。
一、测试时间和地点
时间：6月28日上午8:30开始
地点：茨湾县第二小学科学实验室
二、测试内容
技能测试为现场制作并讲解，考生须在40分钟内用考场提供的竹片、竹签和工具制作一只竹蜻蜓，并结合作品进行5分钟模拟讲解，说明其飞行原理。满分100分。
三、测试安排
时段　内容　用时
8:30—8:50　报到、抽签　20分钟
9:00—9:40　现场制作　40分钟
9:50起　模拟讲解　每人5分钟
四、有关要求
考生须于6月25日至27日登录茨湾人事考试网下载并打印技能测试准考证，凭准考证和身份证参加测试。考场统一提供刻刀等工具，考生不得自带。
咨询电话：0719-8512306（县教育局人事股）
茨湾县教育局　茨湾县人力资源和社会保障局
2025年6月20日
""",
    ),
    dict(
        slug="exam-yishan-sericulture-practical-test",
        site="桋山人事考试网 (invented, text)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.ysrsks.gov.cn/kwgg/2025/0703/2214.html",
        title="桋山县2025年农技特岗人员招聘蚕桑岗位实操考核公告",
        date="2025-07-02",
        date_also=["2025-07-03"],
        notes="title as in the record; a maintenance line, an admission-notice entry and the site's exam-affairs and technical lines; the test day inside the text is not the date; 成文日期 expected, the page's time also accepted",
        page="""
!m 桋山人事考试网
!a 本站周日凌晨升级维护，期间暂停报名
!m 首页 ＞ 考试公告 ＞ 事业单位招聘
{T}
!m 发布：县人社局考试中心　　时间：2025-07-03 10:00　　点击：904
!a 准考证/通知单打印入口 >>
{BODY}
!m 考务咨询：0718-6610523　　网站技术支持：0718-6610500
!m 桋山县人力资源和社会保障局主办
""",
        body="""
根据《桋山县2025年农技特岗人员招聘公告》，现将蚕桑岗位实操考核有关事项公告如下：
一、考核对象：蚕桑岗位笔试入围的9名考生，名单见附件。
二、考核时间：2025年7月9日上午9:00。
三、考核地点：桋山县蚕桑技术推广站小蚕共育基地。
四、考核内容：（一）蚕匾、蚕架的清洗与消毒操作；（二）小蚕给桑与扩匾；（三）常见蚕病识别。每项满分100分，按4:3:3折算。
五、注意事项：考生须穿长袖工作服，考核现场提供消毒药品和防护用品。请考生于7月7日后登录本网站打印考核通知单。
附件：蚕桑岗位实操考核人员名单
桋山县人力资源和社会保障局
2025年7月2日
""",
    ),
    dict(
        slug="tender-bantang-kindergarten-beanbag-inquiry",
        site="杙城市公共资源交易平台 (invented tender portal)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="html",
        source="https://ggzy.yicheng.gov.cn/jyxx/zfcg/xjgg/20250905/88415.html",
        title="舨塘区第一幼儿园传统游戏器材采购询价公告",
        record_title="【小额采购·询价】舨塘区第一幼儿园传统游戏器材采购询价公告 - 杙城市公共资源交易平台",
        record_date="2025-09-05",
        date="2025-09-05",
        notes="tender portal: countdown, inquiry-file download link, CA and trading-system lines beside the purchaser's and agency's own contacts; an items table; the closing time in the text is not the date; date from the record",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>【小额采购·询价】舨塘区第一幼儿园传统游戏器材采购询价公告 - 杙城市公共资源交易平台</title>
<script src="/js/countdown.js"></script>
</head><body>
<div class="jy-head">⟦m 杙城市公共资源交易平台⟧ <a>⟦a 主体登录⟧</a> <a>⟦a 新用户注册⟧</a></div>
<ul class="jy-nav"><li>⟦m 交易信息⟧</li><li>⟦m 政府采购⟧</li><li>⟦m 工程建设⟧</li><li>⟦m 服务指南⟧</li></ul>
<div class="jy-pos">⟦m 首页 ＞ 交易信息 ＞ 政府采购 ＞ 询价公告⟧</div>
<h2>{T}</h2>
<div class="jy-meta">⟦m 信息发布：2025-09-05　　访问量：167⟧</div>
<div class="jy-count">⟦m 离报价截止还有 6 天 21 小时⟧</div>
<div class="jy-body">
{BODY}
</div>
<div class="jy-att"><a href="/att/88415.pdf">⟦a 询价文件（PDF）点击下载⟧</a></div>
<div class="jy-foot">⟦m CA数字证书办理：400-660-3107⟧　⟦m 交易系统服务热线：0736-2600125⟧<br>⟦m 杙城市公共资源交易中心　辽ICP备16007730号⟧</div>
</body></html>
""",
        body="""
项目编号：BT-XJ-2025-0917
一、采购内容
序号　品名　规格　数量
1　布面沙包　150克，六面缝制，玉米粒填充　300只
2　投掷靶垫　直径1.5米，五环　10块
3　跳房子地垫　EVA材质，9格　20套
二、供应商资格：具有独立承担民事责任的能力，近三年经营活动中无重大违法记录。
三、报价截止时间：2025年9月12日17:00，逾期不予受理。
四、沙包须为纯棉面料，填充物干燥无霉变，并提供检测报告。
五、联系方式
采购人：杙城市舨塘区第一幼儿园　联系人：昝老师　电话：0736-2619045
代理机构：杙城正衡招标咨询有限公司　联系人：亓工　电话：0736-2653318
""",
    ),
    dict(
        slug="tender-ciwan-soy-bottle-bid-result",
        site="茨湾县公共资源交易中心 (invented, text)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="text",
        source="http://www.cwggzy.cn/jyxx/jggs/20250314/3307.html",
        title="茨湾酱园2025年度玻璃酱油瓶采购项目中标结果公告",
        record_title="中标结果｜茨湾酱园2025年度玻璃酱油瓶采购项目中标结果公告 - 茨湾县公共资源交易中心",
        date="2025-03-14",
        notes="bid result with its lots table; purchaser and agency contacts in the body beside the portal's CA and operations lines; the notice's own date at the end",
        page="""
!m 茨湾县公共资源交易中心
!m 交易信息 › 企业采购 › 结果公示
!t 中标结果｜茨湾酱园2025年度玻璃酱油瓶采购项目中标结果公告
!m 信息来源：代理机构　　发布时间：2025-03-14 16:05
!m CA证书办理咨询：400-816-2770 ｜ 交易系统运维：0719-8500011
{BODY}
!a 【打印公告】【关闭页面】
!d 本平台发布的信息由招标人或代理机构提供，真实性由其负责
""",
        body="""
茨湾县茨湾酱园有限公司2025年度玻璃酱油瓶采购项目（项目编号：CWJY-2025-003）评标工作已经结束，现将中标结果公告如下：
一、中标人信息
包号　品名　中标人　中标金额（万元）
1　500毫升玻璃酱油瓶　硙阳县晶华玻璃制品有限公司　186.40
2　1.8升玻璃酱油瓶　泭水县鑫瓷玻璃有限公司　72.96
二、评标委员会成员：栾守信、郦春华、昝立新、覃海波、帅明。
三、公示期：自本公告发布之日起1个工作日。
四、对本结果有异议的，请于公示期内以书面形式向采购人提出。
采购人：茨湾县茨湾酱园有限公司　联系人：扈先生　电话：0719-8537721
代理机构：茨湾县远达工程咨询有限公司　联系人：蔺女士　电话：0719-8520416
2025年3月14日
""",
    ),
    dict(
        slug="lawfirm-henglv-case-flint-striker-courier",
        site="恒律律师事务所 (invented law-firm site)",
        style="律所网站",
        genre="案例分析",
        kind="other",
        form="html",
        source="https://www.henglvlaw.com/anli/jiyou/2291.html",
        title="寄一只老火镰被拒收，快递公司有没有道理？",
        record_title="【律师讲案例】寄一只老火镰被拒收，快递公司有没有道理？｜恒律律师事务所",
        date=None,
        notes="law firm: lawyer card, consult float, 400 line, 本文链接 block; a case note in 【案情】【分析】【建议】 parts; update stamp 2 周前: no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>【律师讲案例】寄一只老火镰被拒收，快递公司有没有道理？｜恒律律师事务所</title>
</head><body>
<div class="law-top">⟦m 恒律律师事务所⟧ ⟦m 专注民商事与消费维权⟧ ⟦m 全国服务热线 400-018-7730⟧</div>
<ul class="law-nav"><li>⟦m 律所简介⟧</li><li>⟦m 专业团队⟧</li><li>⟦m 典型案例⟧</li><li>⟦m 法律文书⟧</li><li>⟦m 联系我们⟧</li></ul>
<div class="law-pos">⟦m 当前位置：首页 > 典型案例 > 寄递纠纷⟧</div>
<h1>{T}</h1>
<div class="law-meta">⟦m 更新于 2 周前　　阅读 884⟧</div>
<div class="law-body">
{BODY}
</div>
<div class="law-link">⟦m 本文链接：https://www.henglvlaw.com/anli/jiyou/2291.html⟧<br>⟦d 转载请注明出处，文章内容不构成正式法律意见⟧</div>
<div class="lawyer-card">⟦m 撰稿律师：祁望川　执业证号 14401202010587⟧</div>
<div class="consult-float">⟦w 在线问律师，30秒回复⟧</div>
<div class="law-foot">⟦m 恒律律师事务所 版权所有　辽ICP备19025518号⟧</div>
</body></html>
""",
        body="""
【案情】收藏爱好者老祁在网上转让一只清代火镰，买家付款后，他到快递网点寄件，却被营业员以“刀具、火种类物品禁寄”为由拒收。老祁认为火镰只是块旧铁片，快递公司拒收没有道理。
【分析】根据邮政管理部门发布的禁止寄递物品目录，管制刀具、易燃易爆物品禁止寄递。火镰本身是取火用的钢片，刃口一般不锋利，通常不属于管制刀具；但若随件附带火石、火绒，则涉及火种。寄递企业依法负有收寄验视义务，对能否收寄拿不准的物品，可以要求寄件人说明情况，也可以拒收。
【建议】寄递火镰类藏品时，应将火石、火绒分开处理，如实申报物品名称，附上藏品照片和说明；仍被拒收的，可以向当地邮政管理部门咨询，或选择专业的艺术品物流。
律师提示：收藏品交易中，买卖双方宜在合同中事先约定寄递方式和风险承担。
""",
    ),
    dict(
        slug="lawfirm-fuchuan-letter-reused-soy-bottles",
        site="泭川律师事务所 (invented, text)",
        style="律所网站",
        genre="函",
        kind="other",
        form="text",
        source="http://www.fuchuanlaw.cn/ws/lsh/338.html",
        title="关于停止使用带“茨湾”字样回收酱油瓶灌装销售的律师函",
        record_title="关于停止使用带“茨湾”字样回收酱油瓶灌装销售的律师函（文书范例）｜泭川律师事务所",
        date="2025-08-19",
        notes="a lawyer's letter on a firm's site: a redaction note, a consult hotline and a 本文链接 line; numbered demands; the letter's date under the signature",
        page="""
!m 泭川律师事务所 · 知识产权部
!m 首页 / 业务文书 / 律师函
!t 关于停止使用带“茨湾”字样回收酱油瓶灌装销售的律师函（文书范例）
!d 说明：本文已隐去当事人信息，仅供参考，不构成法律意见
{BODY}
!w 遇到商标纠纷？免费咨询热线 400-720-6619
!m 本文链接：http://www.fuchuanlaw.cn/ws/lsh/338.html
!l 上一篇：食品标签瑕疵的“十倍赔偿”如何认定
!m 泭川律师事务所 版权所有
""",
        body="""
硙阳县坩口镇某副食商行：
泭川律师事务所接受茨湾县茨湾酱园有限公司（以下简称“委托人”）委托，指派本所律师就贵商行使用回收酱油瓶灌装销售一事，致函如下：
经委托人调查核实，贵商行回收瓶身压印有“茨湾”注册商标字样的玻璃酱油瓶，灌装来源不明的散装酱油后，以“茨湾老抽”名义对外销售。上述行为可能构成商标侵权和虚假宣传，并存在食品安全隐患，已给委托人的商誉造成损害。
为此，本律师郑重要求贵商行：
一、自收到本函之日起立即停止上述灌装和销售行为；
二、于7日内将库存带有“茨湾”字样的瓶具及产品交由委托人处理；
三、书面说明散装酱油的进货来源。
如贵商行置之不理，委托人将依法追究其法律责任。
特此函告。
泭川律师事务所　律师：厍明远
2025年8月19日
""",
    ),
    dict(
        slug="community-youdong-dragonfly-family-workshop",
        site="牖东社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.youdongsq.cn/tzgg/2025/0708/406.html",
        title="牖东社区“竹蜻蜓飞呀飞”亲子手工活动通知",
        record_title="【暑期乐园】牖东社区“竹蜻蜓飞呀飞”亲子手工活动通知 - 牖东社区网",
        date="2025-07-08",
        notes="residents' site: weather line, a grid member's box and a property duty line beside the community's own 咨询电话; 扫描二维码报名 as content; the committee's signature date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>【暑期乐园】牖东社区“竹蜻蜓飞呀飞”亲子手工活动通知 - 牖东社区网</title>
</head><body>
<div class="sq-top">⟦m 牖东社区网⟧ ⟦m 舨塘区　小雨转阴 24～31℃⟧</div>
<ul class="sq-nav"><li>⟦m 社区概况⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 邻里活动⟧</li><li>⟦m 便民服务⟧</li></ul>
<div class="sq-pos">⟦m 首页 › 通知公告⟧</div>
<h1>{T}</h1>
<div class="sq-meta">⟦m 发布：社区居委会　　阅读 391⟧</div>
<div class="sq-body">
{BODY}
</div>
<div class="sq-side"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格　阚丽　13974021856⟧</p><p>⟦m 物业24小时值班：0736-2608999⟧</p></div>
<div class="sq-foot">⟦m 牖东社区居民委员会　地址：舨塘区牖东路21号⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
暑假到了，为丰富辖区少年儿童的假期生活，社区联合杙城理工学院“旋翼小课堂”志愿服务队，举办“竹蜻蜓飞呀飞”亲子手工活动。
活动时间：7月19日（星期六）上午9:00—11:00
活动地点：牖东社区党群服务中心二楼活动室
参加对象：辖区6至12岁儿童，须由一名家长陪同，限20组家庭
活动内容：志愿者讲解竹蜻蜓飞行原理，亲子共同制作竹蜻蜓，在社区广场进行放飞比赛。
报名方式：扫描社区公告栏海报上的二维码报名，额满即止。
温馨提示：活动用刻刀由志愿者统一管理，请家长全程看护好孩子。
咨询电话：0736-2608213（社区服务站）
牖东社区居民委员会
2025年7月8日
""",
    ),
    dict(
        slug="community-jueyuan-sports-day-host-script",
        site="爵园社区网 (invented, text)",
        style="社区网站",
        genre="主持词",
        kind="speech",
        form="text",
        source="http://www.jueyuansq.cn/hd/2025/1019/77.html",
        title="爵园社区第三届邻里趣味运动会主持词",
        record_title="爵园社区第三届邻里趣味运动会主持词（含串场词）- 爵园社区网",
        date=None,
        notes="a host's script with the beanbag game's rules; an ad line and a related list; posted 3 天前: no date",
        page="""
!m 爵园社区网 · 社区活动
!t 爵园社区第三届邻里趣味运动会主持词（含串场词）
!m 发布人：社区文体队　　时间：3 天前　　阅读 218
{BODY}
!w 小区广告位招租：13807362241
!l 相关：趣味运动会报名须知 ｜ 运动会精彩瞬间
!m 爵园社区居委会　地址：舨塘区爵园路16号
""",
        body="""
尊敬的各位居民朋友、小朋友们：
大家上午好！秋高气爽，邻里相聚。欢迎大家来到爵园社区第三届邻里趣味运动会现场！
今天的运动会共有四个项目：丢沙包、夹弹珠、袋鼠跳和拔河。参赛的有来自8个楼栋的32支家庭队。
下面进行第一个项目——丢沙包。请各楼栋参赛家庭到东侧场地集合。比赛规则是：两名“投手”站在两端，其余队员在中间躲闪，被沙包击中的队员下场，接住沙包的可以“救”回一名队友。时间到时场上人数多的队伍获胜。
各位邻居，欢乐的时光总是短暂的。感谢社区志愿者和物业公司的大力支持，感谢每一个参与的家庭！让我们带着今天的笑声，把邻里情谊延续到每一天。第三届邻里趣味运动会到此结束，明年再见！
""",
    ),
]
