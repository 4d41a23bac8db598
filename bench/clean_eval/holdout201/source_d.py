"""holdout201, part D: download stations, personnel-exam sites, tender portals, law firms, residents' sites.

Invented text, written by hand; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="download-baibaoxiang-template-access-card-proxy-doc",
        site="百宝箱文档下载站 (invented, gb2312 table layout)",
        style="资料下载站",
        genre="合同范本",
        kind="other",
        form="html",
        source="http://www.baibaoxiang-down.com/soft/wuye/22781.html",
        title="小区门禁卡委托代办协议",
        record_title="小区门禁卡委托代办协议.doc",
        date=None,
        notes="old download station: file-info table, three download links, an unzip password, a dead-link report and a floating ad; "
        "an agreement template with ×× placeholders, ＿＿ blanks, check boxes and a ＿＿＿＿年＿＿月＿＿日 line (no date); an "
        "update stamp is no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>小区门禁卡委托代办协议.doc免费下载 - 百宝箱文档下载站</title>
<script language="javascript" src="/js/ad_float.js"></script></head>
<body topmargin="0">
<table width="980" align="center"><tr><td>⟦m 百宝箱文档下载站⟧ ⟦m 合同·表格·范本，一箱装下⟧</td><td align="right"><a>⟦a 加到收藏夹⟧</a></td></tr></table>
<table width="980" align="center" bgcolor="#336699"><tr><td><font color="#ffffff">⟦m 首页 | 合同协议 | 物业表格 | 行政公文 | 下载排行⟧</font></td></tr></table>
<table width="980" align="center"><tr><td>⟦m 当前位置：百宝箱 → 物业表格 → 委托书⟧</td></tr></table>
<table width="980" align="center" border="1" cellspacing="0" bordercolor="#cccccc">
<tr><td colspan="2"><b>{T}</b></td></tr>
<tr><td>⟦m 文件大小：26KB⟧</td><td>⟦m 文件格式：doc⟧</td></tr>
<tr><td>⟦m 更新时间：2025-02-11⟧</td><td>⟦m 下载次数：3,118⟧</td></tr>
<tr><td>⟦m 运行环境：WPS/Office⟧</td><td>⟦m 授权方式：免费⟧</td></tr>
</table>
<table width="980" align="center"><tr><td>
<p><b>⟦m 内容预览：⟧</b></p>
{BODY}
</td></tr></table>
<table width="980" align="center"><tr><td>
<p>⟦a ▼ 电信线路下载⟧　⟦a ▼ 联通线路下载⟧　⟦a ▼ 备用线路下载⟧</p>
<p>⟦m 解压密码：bbx2025⟧</p>
<p>⟦a 链接失效？点此报告⟧</p>
</td></tr></table>
<div id="adfloat" style="position:absolute;left:0;top:300px">⟦w 合同代拟、文书修改，QQ 1730 4492⟧</div>
<table width="980" align="center"><tr><td align="center">⟦d 本站资源均收集自网络，仅供学习参考，下载后请于24小时内删除。⟧<br>⟦m 百宝箱文档下载站 Copyright 2009-2025　京ICP备10031126号⟧</td></tr></table>
</body></html>
""",
        body="""
委托人（业主）：＿＿＿＿＿＿　身份证号：＿＿＿＿＿＿＿＿＿＿
受托人：＿＿＿＿＿＿　身份证号：＿＿＿＿＿＿＿＿＿＿
委托人系××小区××栋××单元××室业主，因本人不能亲自到物业服务中心办理门禁卡业务，特委托受托人代为办理以下事项：
1.□新办　□补办　□注销　门禁卡＿＿张；
2.代为缴纳工本费，并签收门禁卡。
受托人应当妥善保管门禁卡，办结后三日内交付委托人，不得转借他人或私自复制。因受托人保管不当造成门禁卡遗失或被他人冒用的，由受托人承担相应责任。
本协议一式两份，委托人、受托人各执一份，物业服务中心留存复印件。
委托人（签字）：＿＿＿＿　　受托人（签字）：＿＿＿＿
＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="download-gonggui-rule-knife-inspection-decimal",
        site="工规下载站 (invented)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="text",
        source="https://www.gonggui-xz.com/gc/jxzz/7715.html",
        title="不锈钢菜刀出厂检验规程",
        record_title="不锈钢菜刀出厂检验规程（Word版）【免积分】 - 工规下载站",
        date=None,
        notes="download station text: size/format/update lines (no date), download mirrors, an unzip code and a report link; "
        "a factory rule with decimal headings 2.1–3.2",
        page="""
!m 工规下载站 · 企业规程制度免费下
!m 首页 » 机械制造 » 检验规程
{T}
!m 大小：38KB　格式：DOCX　更新：三天前　评分：★★★★
!a 下载地址①（主站）　下载地址②（镜像）
{BODY}
!m 文件解压码：gg7715
!a 下载不了？反馈给站长
!l 同类资源：刀剪产品包装规范｜热处理车间作业指导书｜来料检验规程（通用）
!d 资源来自网友分享，仅供参考，请勿用于商业用途。
""",
        body="""
1　范围
本规程规定了本公司不锈钢菜刀出厂检验的项目、方法和判定规则，适用于切片刀、斩切刀和多用刀。
2　检验项目
2.1　外观：刃口平直，无卷刃、崩口，刀面无明显划痕、锈斑。
2.2　硬度：刃口部位硬度为52～58HRC，每批抽取3把检测。
2.3　锋利度：用标准试纸切割，切割深度不低于30毫米。
2.4　刀柄牢固度：刀柄承受200牛拉力保持10秒，不得松动。
3　判定规则
3.1　外观不合格的逐把剔除，不计入批次判定。
3.2　硬度、锋利度、刀柄牢固度有一项不合格的，加倍抽样复检；复检仍不合格的，该批次判为不合格。
4　记录
检验结果填入《出厂检验记录表》，由检验员签字，保存三年。
""",
    ),
    dict(
        slug="exam-shijiang-notice-exam-site-gate-control",
        site="鲥江人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.sjrsks.cn/kwgg/2025/1106/2031.html",
        title="关于2025年下半年事业单位公开招聘笔试考点实行门禁管理的公告",
        record_title="〔考试院公告〕关于2025年下半年事业单位公开招聘笔试考点实行门禁管理的公告-鲥江人事考试网",
        date="2025-11-05",
        date_also=["2025-11-06"],
        notes="personnel-exam site: a maintenance banner, an admission-ticket float, the site's own date (also accepted), the "
        "notice's 咨询电话 beside the site's technical line; sentences about downloading and printing 准考证 stay in the body",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔考试院公告〕关于2025年下半年事业单位公开招聘笔试考点实行门禁管理的公告-鲥江人事考试网</title></head><body>
<div class="banner">⟦m 鲥江人事考试网⟧ ⟦m 鲥江市人事考试院主办⟧</div>
<div class="warn">⟦d 11月8日22:00至次日6:00系统升级，其间暂停报名和缴费⟧</div>
<div class="nav">⟦m 首页　考试动态　考务公告　成绩查询　考生须知⟧</div>
<div class="local">⟦m 首页 > 考务公告⟧</div>
<div class="detail">
<h1>{T}</h1>
<p class="time">⟦m 发布时间：2025-11-06 09:00　来源：考务科⟧</p>
{BODY}
</div>
<div class="fl">⟦a 准考证打印入口 ＞⟧</div>
<aside><h3>⟦l 近期考试安排⟧</h3><p>⟦l 11月15日　事业单位公开招聘笔试⟧</p><p>⟦l 12月6日　教师资格面试⟧</p></aside>
<script src="/js/float.js"></script>
<div class="ft"><p>⟦m 网站技术支持：0785-8890000（仅限网站故障）⟧</p><p>⟦m 鲥江市人事考试院 版权所有　粤ICP备08117262号⟧</p></div>
</body></html>
""",
        body="""
各位考生：
2025年下半年鲥江市事业单位公开招聘笔试将于11月15日举行。为维护考场秩序，各考点实行门禁管理，现将有关事项公告如下：
一、考生须于11月10日至14日登录本网站下载并打印准考证，凭准考证和有效居民身份证进入考点。
二、考点大门设人脸核验门禁，考生须在开考前30分钟到达，依次排队核验，核验通过后方可进入。
三、考点工作人员凭考务工作证刷卡进出，社会车辆和送考人员一律不得进入考点。
四、开考30分钟后禁止考生进入考点。
考试咨询电话：0785-8890312（工作日9:00-17:00）。
鲥江市人事考试院
2025年11月5日
""",
    ),
    dict(
        slug="exam-guixi-notice-pastry-skill-test-whisk",
        site="鳜溪人才考试网 (invented)",
        style="人事考试网",
        genre="须知",
        kind="notice",
        form="text",
        source="http://www.gxrcks.cn/jnjd/2025/1124/318.html",
        title="2025年第四季度西式面点师职业技能等级认定实操考核须知",
        date="2025-11-24",
        notes="skills-test site text: record title as is; a test notice that asks candidates to bring a hand whisk and to print the "
        "admission ticket; the test office's phone beside the site's service line",
        page="""
!m 鳜溪人才考试网
!m 首页 ∣ 技能认定 ∣ 考务公告 ∣ 证书查询
{T}
!m 发布：县职业技能鉴定所　浏览：806
{BODY}
!a 〔打印〕〔返回〕
!m 本网服务电话：0799-6250000（周一至周五）
!d 鳜溪人才考试网所发考务信息以本网为准，其他网站转载仅供参考
""",
        indent="\u3000\u3000",
        body="""
一、考核时间和地点。12月6日上午8:30，鳜溪县职业技能实训基地二楼烘焙实训室。
二、考核内容。在150分钟内完成戚风蛋糕和曲奇饼干各一份，蛋白打发、面糊翻拌等操作须在考评员面前完成。
三、自带工具。考生须自带手动打蛋器、硅胶刮刀、裱花袋各一件和工作服、帽；考场统一提供烤箱、台式电动打蛋器和原料，自带的电动打蛋器一律不得使用。
四、其他要求。考生凭准考证和身份证入场，准考证请于12月1日后自行登录本网站打印。
考务咨询电话：0799-6250417。
鳜溪县职业技能鉴定所
2025年11月24日
""",
    ),
    dict(
        slug="tender-fangcheng-inquiry-canteen-knives-table",
        site="鲂城县政府采购网 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="html",
        source="https://www.fczfcg.gov.cn/cggg/xjgg/2025/0421/10877.html",
        title="鲂城县第一中学食堂刀具及刀具柜采购询价公告",
        record_title="〖询价〗鲂城县第一中学食堂刀具及刀具柜采购询价公告（项目编号FCZC2025-087）_鲂城县政府采购网",
        date="2025-04-21",
        notes="procurement portal: a countdown, an attachment link, CA and trading-system hotlines beside the purchaser's and "
        "agency's own contacts; an items table one row a paragraph; a sentence telling suppliers to 下载 the file",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〖询价〗鲂城县第一中学食堂刀具及刀具柜采购询价公告（项目编号FCZC2025-087）_鲂城县政府采购网</title></head><body>
<div class="top">⟦m 鲂城县政府采购网⟧ <a>⟦a 供应商登录⟧</a> <a>⟦a 专家登录⟧</a></div>
<div class="nav">⟦m 首页　采购公告　结果公告　政策法规　办事指南⟧</div>
<div class="crumb">⟦m 首页 → 采购公告 → 询价公告⟧</div>
<div class="gg">
<h1>{T}</h1>
<p class="info">⟦m 公告时间：2025-04-21　浏览次数：297⟧</p>
<p class="cd">⟦m 距报价截止还剩：6天 23时 41分⟧</p>
{BODY}
<p class="att">⟦a 附件：询价文件（FCZC2025-087）.zip　点击下载⟧</p>
</div>
<div class="help">⟦m CA数字证书办理：400-860-3317⟧<br>⟦m 电子交易系统操作咨询：0758-6100999⟧</div>
<aside class="newest"><h3>⟦l 最新采购公告⟧</h3><p>⟦l 县人民医院被服采购竞争性磋商公告⟧</p><p>⟦l 县第二小学课桌椅采购询价公告⟧</p></aside>
<script src="/js/countdown.js"></script>
<div class="ft">⟦m 鲂城县财政局主办　粤ICP备12061230号⟧</div>
</body></html>
""",
        body="""
鲂城县第一中学就食堂刀具及刀具柜采购项目进行询价采购，欢迎符合条件的供应商参加。
一、项目编号：FCZC2025-087
二、采购内容
序号　品名　数量　最高限价（元）
1　不锈钢菜刀（切片刀）　40把　3200
2　斩骨刀　12把　1440
3　紫外线消毒刀具柜　6台　13800
三、报价时间：2025年4月22日至4月28日17:00，供应商须登录鲂城县政府采购网下载询价文件，并在线递交报价。
四、联系方式
采购人：鲂城县第一中学　联系人：简老师　电话：0758-6120554
代理机构：鲂城县恒信招标代理有限公司　联系人：蒙工　电话：0758-6138201
鲂城县恒信招标代理有限公司
2025年4月21日
""",
    ),
    dict(
        slug="tender-shijiang-result-reading-glasses-lots",
        site="鲥江公共资源交易网 (invented)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="text",
        source="https://ggzy.shijiang.gov.cn/jyxx/zfcg/zbgg/2025/0804/31150.html",
        title="鲥江市民政局老年人老花镜验配服务采购项目中标结果公告",
        record_title="〈结果公告〉鲥江市民政局老年人老花镜验配服务采购项目中标结果公告 — 鲥江公共资源交易网",
        date="2025-08-04",
        notes="trading-centre text page: breadcrumb, views, a CA hotline and a trading-system line beside the purchaser's and agency's "
        "contacts; a lots table one row a paragraph; 成文日期 under the agency",
        page="""
!m 鲥江公共资源交易网
!m 交易信息 > 政府采购 > 中标（成交）结果公告
{T}
!m 信息来源：鲥江诚远项目管理有限公司　浏览：188
{BODY}
!a 【收藏】【分享】【打印】
!m 数字证书（CA）业务咨询：400-885-0723
!m 交易系统技术支持：0785-8800615
!m 鲥江市公共资源交易中心　地址：鲥江市政务服务中心四楼
""",
        body="""
一、项目编号：SJMZ-2025-CG031
二、项目名称：鲥江市民政局老年人老花镜验配服务采购项目
三、中标信息
包号　服务内容　中标供应商　中标金额（元）
1　城区验光配镜服务　鲥江明视眼镜有限公司　386000
2　县域巡回验配服务　鳊山清目视光中心　294500
四、评审专家：丘建华、廖雯、石广、殷晓、梁振
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：鲥江市民政局　联系人：莫科长　电话：0785-8861172
代理机构：鲥江诚远项目管理有限公司　联系人：阮工　电话：0785-8853096
鲥江诚远项目管理有限公司
2025年8月4日
""",
    ),
    dict(
        slug="law-hengping-article-knife-on-metro",
        site="衡平律师事务所网站 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="other",
        form="html",
        source="https://www.hengping-law.cn/pufa/2025/2217.html",
        title="刚买的菜刀能带上公交地铁吗？",
        record_title="刚买的菜刀能带上公交地铁吗？（律师解读）｜衡平律所·普法园地",
        date=None,
        notes="law firm page: a lawyer card, a consult float, a 400 line, a repost notice and a 'this article's address' block; a "
        "lawyer's article with no date (a relative posting time only)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>刚买的菜刀能带上公交地铁吗？（律师解读）｜衡平律所·普法园地</title></head><body>
<div class="hd">⟦m 衡平律师事务所⟧ ⟦m 以衡为度，以平为心⟧ ⟦m 全国咨询：400-617-2290⟧</div>
<div class="nav">⟦m 首页　律所简介　专业领域　律师团队　普法园地　联系我们⟧</div>
<div class="wz">⟦m 首页 › 普法园地 › 治安与刑事⟧</div>
<div class="article">
<h1>{T}</h1>
<p class="meta">⟦m 作者：符嘉　｜　2 个月前　｜　阅读 1,904⟧</p>
{BODY}
</div>
<div class="card">⟦m 符嘉 律师　执业证号 14405202310558213⟧<br>⟦w 擅长治安、刑事辩护，点击预约面谈⟧</div>
<div class="addr">⟦m 本文地址：https://www.hengping-law.cn/pufa/2025/2217.html⟧<br>⟦d 转载请注明出自衡平律所⟧</div>
<div class="float">⟦w 在线咨询 · 律师 5 分钟内回复⟧</div>
<aside><h3>⟦l 热门普法⟧</h3><p>⟦l 邻居装修噪音能报警吗⟧</p><p>⟦l 被狗咬了谁担责⟧</p></aside>
<script src="/static/js/consult.js"></script>
<div class="ft">⟦m 衡平律师事务所 版权所有　粤ICP备19083371号⟧</div>
</body></html>
""",
        body="""
不少市民问：刚在超市买的菜刀，带着坐公交、地铁行不行？
首先，菜刀不属于管制刀具。管制刀具主要是匕首、三棱刮刀、带有自锁装置的弹簧刀等，日常生活用的菜刀、水果刀不在此列。
但是，不是管制刀具，不等于可以随便带。各地城市轨道交通的禁止、限制携带物品目录，通常把菜刀等刀具列为限制携带物品，安检发现后会要求乘客另行处理。公交车虽然没有安检，但菜刀没有包装、刀刃外露的，也可能被拒绝乘车。
建议市民买菜刀后请商家用原包装封好，尽量不乘坐地铁；确需乘车的，可先咨询当地公共交通服务热线。
需要提醒的是，在公共场所持菜刀威胁他人，可能构成违反治安管理行为甚至犯罪，将依法受到处罚。
""",
    ),
    dict(
        slug="law-zhengheng-qa-property-withholds-access-card",
        site="鳙湖正衡律师事务所网站 (invented)",
        style="律所网站",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.zhengheng-lawyer.com/shuofa/118.html",
        title="物业以欠费为由不给门禁卡，合法吗？",
        record_title="【正衡说法】物业以欠费为由不给门禁卡，合法吗？ - 鳙湖正衡律所",
        date=None,
        notes="law firm text: 问/答 paragraphs; a free-consult line, the firm's hotline, a related list and a disclaimer; no date",
        page="""
!m 鳙湖正衡律师事务所
!m 首页 / 正衡说法 / 物业纠纷
{T}
!m 解答律师：欧阳立　　阅读：736
{BODY}
!w 遇到物业纠纷？正衡律师免费初步评估，来电 0785-8866310
!d 以上解答供一般参考，不构成针对个案的法律意见。
!l 相关问答：业主可以拒交电梯更新费吗｜物业能不能锁车库门
!m 鳙湖正衡律师事务所 · 鲥江市鳙湖区明德路18号
""",
        body="""
问：我家因为对物业服务不满，拖欠了半年物业费。最近小区换了新门禁，物业说必须先交清物业费才给办门禁卡，这样做合法吗？
答：不合法。门禁卡是业主进出自己住宅的通行凭证，物业服务企业不得采取停止供电、供水、供热、供燃气以及限制业主正常出入等方式催交物业费。
物业可以通过书面催交、申请支付令、提起诉讼等合法途径追讨欠费。如果物业拒绝办理门禁卡，业主可以先向业委会和社区反映，也可以向住建部门投诉，必要时通过诉讼要求其办理。
同时也要提醒业主，对物业服务不满意，应当通过业主大会、协商等方式解决，拖欠物业费本身也要承担违约责任。
""",
    ),
    dict(
        slug="community-ciwan-notice-access-card-exchange-qr",
        site="鹚湾社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.ciwan-shequ.cn/tzgg/2025/0620/52.html",
        title="关于鹚湾小区门禁卡统一换发的通知",
        record_title="【邻里告知】关于鹚湾小区门禁卡统一换发的通知 - 鹚湾社区网",
        date="2025-06-20",
        notes="residents' site: a weather line, a grid worker's box and a property repair line beside the community's own phone in "
        "the body; a QR code to book a time slot as content; 成文日期 under the committee",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【邻里告知】关于鹚湾小区门禁卡统一换发的通知 - 鹚湾社区网</title></head><body>
<div class="top">⟦m 鹚湾社区网⟧ ⟦m 鲂西街道鹚湾社区居民委员会⟧ ⟦m 今天 晴 21～30℃ 东南风2级⟧</div>
<div class="nav">⟦m 首页　社区公告　办事指南　邻里活动　志愿服务⟧</div>
<div class="main">
<h2>{T}</h2>
<p class="info">⟦m 发布：社区居委会　浏览：1,072⟧</p>
{BODY}
</div>
<div class="grid">⟦m 本网格网格员：邓小琴　13926561045⟧</div>
<div class="wy">⟦m 物业维修（24小时）：0756-3317999⟧</div>
<div class="share">⟦l 分享到邻居群　｜　复制本页链接⟧</div>
<aside><h3>⟦l 近期活动⟧</h3><p>⟦l 周六上午义剪进社区⟧</p><p>⟦l 暑期儿童托管班报名⟧</p></aside>
<script>var weatherCity="鲂西";</script>
<div class="ft">⟦m 鹚湾社区网 技术支持：鲂西街道网格中心⟧</div>
</body></html>
""",
        body="""
各位居民：
小区单元门禁系统已完成升级，旧门禁卡将于7月10日起停用。为方便大家换卡，现将有关事项通知如下：
一、换卡时间：6月23日至7月9日，每天8:30至20:00。
二、换卡地点：社区党群服务中心一楼大厅。
三、所需材料：业主带身份证和房产证明；租户带身份证、租赁合同和业主签字的授权书。每户可免费换发新卡三张，旧卡当场回收。
四、预约方式：可扫描单元门口张贴的二维码预约换卡时段，不会使用手机的老人可直接到现场办理。
行动不便的高龄老人，可拨打社区电话，由网格员上门办理。社区咨询电话：0756-3317020。
鹚湾社区居民委员会
2025年6月20日
""",
    ),
    dict(
        slug="community-helin-notice-reading-glasses-corner",
        site="鹖林邻里通 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.helin-linli.cn/notice/2025-10-28-87.html",
        title="社区“老花镜共享角”开放啦",
        date="2025-10-28",
        notes="residents' text page: record title as is; scan-to-register as content; the community's own contact beside a property "
        "service line; a comment count and an ad line",
        page="""
!m 鹖林邻里通 · 鹖林社区居民之家
!m 首页 | 社区通知 | 便民服务 | 邻里圈
{T}
!m 社区居委会　｜　围观 419
{BODY}
!m 物业服务电话：0756-3328900
!l 邻居们说（6）
!l 说点什么吧…
!w 家电清洗上门，鹖林便民服务部 13600756388
""",
        body="""
各位居民朋友：
不少老人到社区办事，填表签字时忘带老花镜，看不清小字。为此，社区在党群服务中心一楼服务台设立了“老花镜共享角”，从11月1日起开放。
共享角配有100度至350度的老花镜共24副，还有放大镜和大字版办事指南，居民可以免费试戴、借用。
借用方法很简单：扫描服务台上的二维码登记姓名和电话，当天用完归还即可；需要带回家用的，最长可借七天。
也欢迎家里有闲置老花镜的居民捐赠，镜片无划痕、镜腿完好即可。
联系人：社区服务站　阎秀芬，电话：0756-3328416。
鹖林社区居民委员会
2025年10月28日
""",
    ),
]
