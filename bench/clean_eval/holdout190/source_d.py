"""holdout190, part D: local forums, download stations, personnel-exam sites, procurement
portals and law firms, around peelers, binder clips, plungers, mousetraps and badge
lanyards. A county forum with a weather widget, jammer fonts and a pest-control ad, a
lost-and-found post with the poster's own mobile beside a moderator's QQ, an old gb2312
download station with its file-info table and three download links, a printable
acceptance form with blanks, an exam notice that tells candidates to download and print
their tickets, a materials table, a bid result and an inquiry notice with purchaser and
agency contacts beside CA hotlines, a law firm's case article with a consult float and a
warning-letter template with ××× placeholders. Invented text throughout; see ../README.md
and ../build.py."""

CASES = [
    dict(
        slug="localforum-lingcheng-market-rats-complaint-jammer",
        site="绫城论坛 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.lingcheng.example.net/thread-1207733-1-1.html",
        title="城东菜市场老鼠成群，有没有部门管管？",
        record_title="城东菜市场老鼠成群，有没有部门管管？-民生直通车-绫城论坛",
        date=None,
        notes="a county forum (Discuz-like): weather widget, level badge, a relative post time (no date), jammer fonts on a line and glued, an 'official reply' link, vote/share row, a pest-control ad with a phone, forum disclaimer and licence",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk"><title>城东菜市场老鼠成群，有没有部门管管？-民生直通车-绫城论坛</title>
<style>.jammer{display:none}</style><script src="data/cache/common.js"></script></head>
<body>
<div id="toptb">⟦m 绫城论坛 - 绫城人自己的网上家园⟧ ⟦m 绫城 今天 多云 14~22℃⟧ ⟦a 登录　注册　手机版⟧</div>
<div id="pt">⟦m 绫城论坛 › 民生直通车 › 投诉建议⟧</div>
<div class="hm">⟦m 阅读 5420 | 回复 63⟧</div>
<div class="pls">⟦m 菜篮子大妈⟧ ⟦m 绫城常住民　Lv.6⟧</div>
<div class="plc">
<h1>{T}</h1>
<div class="authi">⟦m 发表于 5 天前 | 来自手机⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="gov">⟦l 官方回复（1）　已受理，点击查看⟧</div>
<div class="po">⟦l 顶 37 ｜ 踩 0 ｜ 分享⟧</div>
</div>
<div class="ad">⟦w 广告：绫城专业灭鼠除虫，上门服务 电话 0742-3328896⟧</div>
<div id="ft">⟦d 本论坛言论纯属发表者个人意见，与本站立场无关⟧<br>⟦m 绫城论坛　ICP证：湘B2-20190086⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=1),
        body="""
住在城东菜市场旁边三年了，最近两个月老鼠特别多，晚上收摊后成群结队在过道里跑，白天都敢从肉摊底下钻出来。
前天我在卖豆腐的摊位边上亲眼看见一只老鼠爬上了案板，摊主拿扫帚赶都赶不走。
市场里的垃圾桶没有盖子，排水沟也好久没清了，污水横流，老鼠不多才怪。
希望市场管理方和有关部门重视一下，多放些捕鼠笼、粘鼠板，把卫生搞起来。这可是城东最大的菜市场，大家吃的东西都从这里出去。
""",
    ),
    dict(
        slug="localforum-jinyuan-found-badge-blue-lanyard",
        site="缙原论坛 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://www.jinyuanbbs.example.com/t/660218",
        title="捡到一个工作证，蓝色挂绳，失主请联系我",
        record_title="【失物招领】捡到一个工作证，蓝色挂绳，失主请联系我_缙原论坛",
        date=None,
        notes="a lost-and-found post: 今天 post time (no date), views/replies, a reply line, the poster's own mobile in the body beside a moderator's QQ ad and an app prompt",
        page="""
!m 缙原论坛 > 失物招领 > 寻人寻物
!t 【失物招领】捡到一个工作证，蓝色挂绳，失主请联系我
!m 楼主：彭记早点　发表于 今天 08:16　查看 912　回复 15
{BODY}
!l 回复　点赞(33)　收藏
!l 2楼　路人甲乙丙：帮顶，好人一生平安
!w 寻物启事加急置顶，联系版主QQ：2210067435
!a 下载缙原论坛APP，失物招领消息第一时间推送
""",
        body="""
今天早上7点多在缙原大道公交站台的长椅上捡到一个工作证，装在透明卡套里，挂绳是深蓝色的，上面印着“缙原市政务服务中心”的字样。
证件上的名字是“陶某某”，照片是一位戴眼镜的女士。为保护隐私，名字就不全写了。
证件我先放在附近的“好邻居”便利店了，失主可以带上身份证直接去取，也可以打我电话 13807421169 联系，我姓彭。
麻烦大家帮忙顶一下，工作证丢了补办挺麻烦的。
""",
    ),
    dict(
        slug="download-wanjiang-rule-restroom-plungers-gb2312-mirrors",
        site="绾江资料站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.wjzlz.example.com/soft/zhidu/2025/8812.html",
        title="公共卫生间保洁及设施维护管理制度",
        record_title="公共卫生间保洁及设施维护管理制度.doc下载 - 绾江资料站",
        date=None,
        notes="old gb2312 download station: file-info table (size, type, update stamp, downloads, environment), three download links and a dead-link report, a 24-hour deletion notice; a rule whose articles speak of 下载打印 as content; no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>公共卫生间保洁及设施维护管理制度.doc下载 - 绾江资料站</title>
<script language="javascript" src="/js/count.js"></script></head>
<body>
<table width="950" align="center"><tr><td>⟦m 绾江资料站 — 免费实用资料下载⟧</td><td align="right">⟦a 加入收藏　设为首页⟧</td></tr>
<tr><td colspan="2">⟦m 首页 | 工作总结 | 规章制度 | 合同范本 | 表格大全⟧</td></tr></table>
<table width="950" align="center"><tr><td>⟦m 当前位置：首页 &gt;&gt; 规章制度 &gt;&gt; 后勤管理⟧</td></tr></table>
<table width="950" align="center" border="1">
<tr><td colspan="2"><b>{T}</b></td></tr>
<tr><td>⟦m 资料大小：28KB⟧</td><td>⟦m 资料类型：Word文档⟧</td></tr>
<tr><td>⟦m 更新时间：2025-04-09⟧</td><td>⟦m 下载次数：1327⟧</td></tr>
<tr><td colspan="2">⟦m 运行环境：Win7/Win10/WPS⟧</td></tr>
</table>
<table width="950" align="center"><tr><td><b>⟦m 资料预览：⟧</b></td></tr><tr><td>
{BODY}
</td></tr></table>
<table width="950" align="center"><tr><td>⟦a 电信下载　联通下载　备用下载⟧</td></tr>
<tr><td>⟦a 下载地址失效？点此报告⟧</td></tr></table>
<table width="950" align="center"><tr><td align="center">⟦d 本站资料均来源于网络，仅供学习交流，请于下载后24小时内删除⟧<br>⟦m 绾江资料站 Copyright 2008-2025⟧</td></tr></table>
</body></html>
""",
        body="""
第一条　为规范办公楼公共卫生间保洁和设施维护工作，为职工和办事群众提供整洁、卫生的如厕环境，制定本制度。
第二条　公共卫生间实行专人保洁，保洁员每日上午、下午各全面清洁一次，其余时段每小时巡查一次。
第三条　每个楼层卫生间应配备皮搋子、疏通钩各一把，放置在工具间固定位置，使用后冲洗干净并挂放晾干。
⟦d 【温馨提示】本资料仅供参考，请结合单位实际修改使用⟧
第四条　发现便器堵塞，保洁员应先用皮搋子疏通；无法疏通的，立即挂出“暂停使用”提示牌，并报告物业维修班。
第五条　保洁巡查记录表可从单位内网下载打印，保洁员每日如实填写，物业主管每周检查签字。
第六条　本制度由后勤服务中心负责解释，自发布之日起执行。
""",
    ),
    dict(
        slug="download-baibao-canteen-tools-acceptance-form-blanks",
        site="百宝资料下载站 (invented)",
        style="资料下载站",
        genre="表格",
        kind="other",
        form="text",
        source="https://www.baibao-zl.example.com/biaoge/houqin/30417.html",
        title="食堂厨房小工具采购验收单",
        record_title="食堂厨房小工具采购验收单（可直接打印）免费下载",
        date=None,
        notes="a download station's template page: the title repeated with （可直接打印）, format/size/update(relative)/downloads line, two download buttons, an open-with tip, disclaimer, related templates; a form with ＿＿年＿＿月＿＿日 blanks and a table; no date",
        page="""
!m 百宝资料下载站 · 表格模板频道
!m 首页 → 表格模板 → 后勤表格
!t 食堂厨房小工具采购验收单（可直接打印）
!m 格式：DOC　大小：19KB　更新：2 天前　下载：2,046
!a ▶ 高速下载　▶ 普通下载
{BODY}
!a 温馨提示：下载后用WPS或Word打开即可编辑
!d 模板仅供参考，本站不承担因使用本资料造成的任何后果
!l 相关模板：食堂进货台账　餐具消毒记录表
""",
        body="""
采购部门：＿＿＿＿＿＿　验收日期：＿＿年＿＿月＿＿日
品名　规格型号　数量　验收情况
削皮器　不锈钢一体刀片　＿＿把　□合格 □不合格
刨丝器　四面款　＿＿个　□合格 □不合格
不锈钢盆　直径40cm　＿＿个　□合格 □不合格
验收要求：
1.削皮器、刨丝器刀片须为食品级不锈钢，刃口无毛刺、无锈点，手柄牢固；
2.所有器具须有合格证，与食品接触的塑料部件须标注材质；
3.验收不合格的，由采购人员负责退换。
采购人：＿＿＿＿　验收人：＿＿＿＿　食堂负责人：＿＿＿＿
＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="exam-goulin-written-test-notice-ticket-lanyards",
        site="缑岭人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://rsks.goulin.example.gov.cn/ksgg/sydw/2025/1029/5531.html",
        title="关于2025年下半年事业单位公开招聘工作人员笔试有关事项的公告",
        record_title="关于2025年下半年事业单位公开招聘工作人员笔试有关事项的公告 - 缑岭人事考试网",
        date="2025-10-28",
        date_also=["2025-10-29"],
        notes="personnel-exam site: a maintenance banner, 发布时间 (10-29) after the signature date (10-28, expected), print row, prev link, technical-support line beside the document's 咨询电话; the notice tells candidates to download and print their tickets and to wear them on lanyards",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于2025年下半年事业单位公开招聘工作人员笔试有关事项的公告 - 缑岭人事考试网</title>
<script src="/js/exam.js"></script></head>
<body>
<div class="banner">⟦m 缑岭人事考试网⟧</div>
<div class="notice-bar">⟦d 系统维护通知：11月1日22:00至次日6:00报名系统暂停访问⟧</div>
<div class="nav">⟦m 首页　考试公告　报名入口　成绩查询　政策法规⟧</div>
<div class="crumb">⟦m 首页 &gt; 考试公告 &gt; 事业单位⟧</div>
<div class="main">
<h1>{T}</h1>
<div class="meta">⟦m 发布时间：2025-10-29 16:20　阅读：18327⟧</div>
{BODY}
<div class="tool">⟦a 打印本页　|　关闭窗口⟧</div>
<div class="prev">⟦l 上一篇：2025年下半年事业单位招聘资格复审名单⟧</div>
</div>
<div class="footer">⟦m 网站技术支持：0743-5216000⟧<br>⟦d 本网站为缑岭县人事考试信息发布平台，转载请注明出处⟧</div>
</body></html>
""",
        body="""
根据《缑岭县2025年下半年事业单位公开招聘工作人员公告》安排，现将笔试有关事项公告如下：
一、准考证打印
报考人员须于11月3日9:00至11月8日7:30登录报名系统下载并打印准考证，逾期不再受理。
二、笔试时间和地点
笔试时间为2025年11月8日上午9:00至11:30，考点设在缑岭县第一中学。
三、注意事项
（一）考生须凭准考证和有效居民身份证入场，入场后将准考证放入考场统一发放的卡套，用挂绳佩戴于胸前，以便监考人员核验。
（二）考试结束后，考生须将卡套和挂绳留在座位上，不得带出考场。
咨询电话：0743-5216608（工作日8:30—17:30）。
缑岭县人力资源和社会保障局
2025年10月28日
""",
    ),
    dict(
        slug="exam-goulin-materials-notice-binder-clips-missing-title",
        site="缑岭人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsks.goulin.example.gov.cn/kwtz/2025/1105/5560.html",
        title="关于领取笔试考务物资的通知",
        record_title=None,
        date="2025-11-05",
        notes="no record title (found on the page); a 日期 byline equal to the signature date; a materials table (binder clips, lanyard card holders); the document's contact; collect/print/close row, related link, copyright",
        page="""
!m 缑岭人事考试网 · 考务通知
{T}
!m 发布者：考试中心　日期：2025-11-05
{BODY}
!a ⊕收藏　⊙打印　⊗关闭
!l 相关通知：笔试考点安排表
!d 版权所有：缑岭县人事考试中心　未经许可不得转载
""",
        body="""
各考点学校：
2025年下半年事业单位公开招聘笔试定于11月8日举行。请各考点于11月6日下午到县人事考试中心领取考务物资，物资清单如下：
物资名称　数量　用途
试卷袋密封条　每考场4条　密封答题卡
长尾夹（51mm）　每考场6只　固定考场座次表和考生须知
挂绳卡套　每考场32套　考生佩戴准考证
监考证　每考场2张　监考人员佩戴
领取时请携带考点公章，当场清点签收。
联系人：秦文博，电话：0743-5216612。
缑岭县人事考试中心
2025年11月5日
""",
    ),
    dict(
        slug="tender-xiangyang-vector-control-bid-result-ca-hotline",
        site="缃阳县公共资源交易中心 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://ggzy.xiangyang.example.gov.cn/jyxx/zfcg/jggg/2025/0708/9930.html",
        title="缃阳县2025年城区病媒生物防制服务项目中标结果公告",
        record_title="缃阳县2025年城区病媒生物防制服务项目中标结果公告-缃阳县公共资源交易中心",
        date="2025-07-08",
        notes="procurement portal: trading-system/CA/download row, a CA hotline, 发布时间 byline (the date), a lots table (one row a paragraph), purchaser and agency contacts in the body beside the centre's technical line; print/close row, disclaimer",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>缃阳县2025年城区病媒生物防制服务项目中标结果公告-缃阳县公共资源交易中心</title>
<script src="/js/ggzy.js"></script></head>
<body>
<div class="top">⟦m 缃阳县公共资源交易中心⟧ ⟦a 交易系统登录　CA办理　下载中心⟧ ⟦m CA证书服务热线：400-8801-327⟧</div>
<div class="nav">⟦m 首页　交易信息　政策法规　办事指南　诚信体系⟧</div>
<div class="crumb">⟦m 首页 › 交易信息 › 政府采购 › 结果公告⟧</div>
<div class="detail">
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-07-08 17:02　信息来源：代理机构　浏览次数：219⟧</div>
{BODY}
<div class="op">⟦a 打印此公告 | 关闭⟧</div>
</div>
<div class="foot">⟦m 地址：缃阳县政务服务中心五楼　技术支持电话：0731-5590000⟧<br>⟦d 本网站所发布信息由发布单位负责，交易中心不承担连带责任⟧</div>
</body></html>
""",
        body="""
一、项目编号：XYCG-2025-0615
二、项目名称：缃阳县2025年城区病媒生物防制服务项目
三、中标信息
包号　中标供应商　中标金额（元）　服务期
1　缃阳县安洁有害生物防制有限公司　386000.00　12个月
2　绛溪县清源环境卫生服务有限公司　297500.00　12个月
四、主要服务内容：城区公共区域灭鼠、灭蚊蝇、灭蟑螂，毒饵站及捕鼠笼、粘鼠板的布放与维护。
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：缃阳县爱国卫生运动委员会办公室，联系人：曾先生，电话：0731-5528416
代理机构：湘衡招标咨询有限公司，联系人：吴女士，电话：0731-5590271
""",
    ),
    dict(
        slug="tender-lingcheng-inquiry-card-holders-lanyards",
        site="绫城县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.lcxzfcg.example.gov.cn/cggg/xjgg/2025/0812/1177.html",
        title="县政务服务中心工作人员证件卡套及挂绳采购项目询价公告",
        record_title="[询价公告]县政务服务中心工作人员证件卡套及挂绳采购项目询价公告_绫城县政府采购网",
        date="2025-08-12",
        notes="a procurement site's text page: the title repeated with [询价公告], a 发布日期/project-number line, bid/collect/print row, a CA hotline after the text; the notice speaks of downloading the inquiry file as content; the purchaser's contact and date at the end",
        page="""
!m 绫城县政府采购网
!m 采购公告 >> 询价公告
!t [询价公告]县政务服务中心工作人员证件卡套及挂绳采购项目询价公告
!m 发布日期：2025-08-12　项目编号：LCXJ-2025-0088
!a 我要投标　收藏项目　打印公告
{BODY}
!m CA数字证书咨询：400-0731-886
!l 同类公告：县档案馆档案盒采购询价公告
!d 本平台信息仅供参考，以采购文件为准
""",
        body="""
一、项目名称：绫城县政务服务中心工作人员证件卡套及挂绳采购项目
二、采购预算：人民币1.2万元
三、采购需求：PVC硬质卡套600套，防勒断扣涤纶挂绳600根，挂绳宽度15mm，双面印制“绫城政务服务”字样。
四、供应商资格要求：具有独立承担民事责任的能力，未被列入失信被执行人名单。
五、报价截止时间：2025年8月19日10时整，逾期送达的报价文件不予受理。
六、获取询价文件：有意向的供应商请登录县政府采购网下载询价文件。
采购单位：绫城县政务服务中心
联系人：邓女士　电话：0742-3316050
2025年8月12日
""",
    ),
    dict(
        slug="lawfirm-hengxin-tenant-plunger-leak-case-consult-float",
        site="绾江恒信律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="other",
        form="html",
        source="https://www.wjhengxin-law.example.com/yasf/wyjf/2025/0418/302.html",
        title="租户自行疏通马桶致楼下漏水，责任谁来担？",
        record_title="〔恒信说法〕租户自行疏通马桶致楼下漏水，责任谁来担？",
        date="2025-04-18",
        notes="law-firm site: slogan, a 发布时间 byline (the date), a consult hotline and a floating online-consult box, a not-legal-advice notice and a licence number; the article's 【案情】/【律师分析】/【律师提醒】 sections",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔恒信说法〕租户自行疏通马桶致楼下漏水，责任谁来担？</title>
<script src="/static/kefu.js"></script></head>
<body>
<div class="logo">⟦m 绾江恒信律师事务所⟧ ⟦m 专注房产物业纠纷二十年⟧</div>
<div class="nav">⟦m 首页　律所简介　专业团队　案例解读　联系我们⟧</div>
<div class="crumb">⟦m 首页 &gt; 案例解读 &gt; 物业纠纷⟧</div>
<div class="post">
<h1>{T}</h1>
<p class="meta">⟦m 发布时间：2025-04-18　作者：钟毅律师　阅读：936⟧</p>
{BODY}
</div>
<div class="permalink"><p>⟦t 本文标题：租户自行疏通马桶致楼下漏水，责任谁来担？⟧</p><p>⟦m 本文链接：https://www.wjhengxin-law.example.com/yasf/wyjf/2025/0418/302.html⟧</p></div>
<div class="hotline">⟦w 免费咨询热线：400-0745-118⟧</div>
<div class="float">⟦w 在线咨询　律师一般5分钟内回复⟧</div>
<div class="foot">⟦d 本文仅为普法宣传，不构成对具体案件的法律意见⟧<br>⟦m 执业许可证号：24312201510227781⟧</div>
</body></html>
""",
        body="""
【案情】租客小王家中马桶堵塞，他用皮搋子疏通不成，又用铁丝硬捅，结果把下水管接口捅裂，污水渗到楼下，邻居家的吊顶和木地板被泡坏，损失8000余元。楼下邻居要求房东赔偿，房东则认为是租客造成的，应由租客承担。
【律师分析】根据民法典的相关规定，承租人应当妥善保管租赁物，因保管不善造成租赁物毁损、灭失的，应当承担赔偿责任。本案中，小王违规疏通导致管道损坏，对楼下邻居的损失负有直接责任。
楼下邻居既可以向直接侵权人小王主张赔偿，也可以要求房东先行处理。房东先行赔偿后，可以向小王追偿。
【律师提醒】马桶堵塞时，租客应及时通知房东或物业，不要用铁丝等硬物强行疏通。
""",
    ),
    dict(
        slug="lawfirm-hengxin-peeler-design-warning-letter-template",
        site="恒信律师事务所知识产权部 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="https://www.wjhengxin-law.example.com/fanben/zscq/118.html",
        title="关于停止侵犯削皮器外观设计专利权的警告函（范本）",
        record_title="律师函范本｜关于停止侵犯削皮器外观设计专利权的警告函（范本）",
        date=None,
        notes="a law firm's template page: compiler/views line, copy/download row, a template-only notice, a patent-consult line with a WeChat-same phone, related templates; a warning letter with ××× placeholders and 20××年×月×日 (no date)",
        page="""
!m 恒信律师事务所 · 知识产权部
!m 首页 > 文书范本 > 知识产权
{T}
!m 整理：知识产权部　浏览：1,208
!a 复制全文　下载DOC
{BODY}
!d 本范本仅供参考，具体案件请委托专业律师起草
!w 专利侵权维权咨询：0745-6680019（微信同号）
!l 相关范本：商标侵权警告函｜著作权侵权律师函
""",
        body="""
×××有限公司：
本所受绛溪县利丰厨具有限公司（以下简称“委托人”）委托，就贵司侵犯委托人外观设计专利权一事，致函如下：
一、委托人系名称为“削皮器（Y型）”外观设计专利的专利权人，专利号为ZL20××××××××××.×，该专利现处于有效状态。
二、经委托人调查，贵司在网店销售的“×××款削皮器”，其外观与上述专利设计构成近似，涉嫌侵犯委托人的专利权。
三、请贵司自收到本函之日起七日内停止生产、销售侵权产品，下架相关商品链接，并书面回复处理结果。
逾期未予处理的，委托人将依法追究贵司的法律责任。
特此函告。
××律师事务所
律师：×××
20××年×月×日
""",
    ),
]
