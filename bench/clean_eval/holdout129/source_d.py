"""holdout129, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站 (two each). Invented text."""

CASES = [
    dict(
        slug="localbbs-yaocheng-old-estate-html",
        site="瑶城在线论坛 (invented)",
        style="地方论坛",
        genre="公示",
        kind="notice",
        form="html",
        source="https://bbs.yaocheng.example.com/thread-77120-1-1.html",
        title="桂花里老旧小区改造项目实施方案公示",
        record_title="[小区公告] 桂花里老旧小区改造项目实施方案公示 - 房产家居 - 瑶城在线论坛",
        date="2025-04-11",
        notes="county forum page with jammer fonts; decorated title; the notice's 意见反映 phone beside the forum's ad line; a table of items kept",
        junk=dict(lines=1, glued=1),
        page="""
<html><head><meta charset="utf-8"><title>[小区公告] 桂花里老旧小区改造项目实施方案公示 - 房产家居 - 瑶城在线论坛</title></head><body>
<div id="top">⟦m 瑶城在线 · 本地人的网上客厅⟧ ⟦a 快捷登录⟧ ⟦a 注册⟧</div>
<div id="crumb">⟦m 瑶城在线论坛 » 房产家居 » 帖子详情⟧</div>
<div class="post"><div class="author">⟦m 桂花里社区居委会 | 认证单位 | 主题 18⟧</div>
<h1>{T}</h1>
<div class="time">⟦m 发表于 2025-4-11 16:48　|　查看: 3320　|　回复: 41⟧</div>
<div class="msg">
{BODY}
</div></div>
<div class="ad">⟦w 装修找瑶城家装联盟，免费量房热线 400-806-7719⟧</div>
<div class="reply">⟦l 热心回复：二楼 — 电梯啥时候装？⟧ ⟦l 回复本帖⟧</div>
<div id="ft">⟦m 瑶城在线 版权所有 © 2008-2025⟧</div>
</body></html>
""",
        p_html="<div class=\"p\">{}</div>",
        body="""
桂花里小区各位居民：
桂花里小区老旧小区改造项目已列入2025年市级改造计划，经前期入户征求意见，形成实施方案，现予以公示。
改造内容如下：
类别　主要内容
基础类　雨污分流、供水管网更新、外墙保温
完善类　增设电动自行车充电棚、停车位划线
提升类　加装电梯（以单元为单位自愿申请）
施工期预计为2025年5月至11月，施工期间将分段围挡，请居民注意出行安全。
公示期为2025年4月11日至4月17日。如有意见，请到社区居委会书面反映，或拨打电话0745-2315560。
桂花里社区居民委员会
2025年4月11日
""",
    ),
    dict(
        slug="localbbs-jinshan-gas-notice-text-junk",
        site="瑾山社区论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.jinshanbbs.example.net/viewthread.php?tid=40028",
        title="关于南区居民管道燃气开户通气的通知",
        record_title="关于南区居民管道燃气开户通气的通知",
        date="2025-10-20",
        notes="forum text: junk lines and glued; post time differs from the notice's date (both accepted); signature and reply box",
        date_also=["2025-10-21"],
        junk=dict(lines=2, glued=1),
        page="""
!m 瑾山社区论坛 → 民生公告
!m 楼主 燃气南区服务站　发表于 2025-10-21 08:06
{T}
{BODY}
!l 收藏(7)　分享　回复(16)
!m 签名档：瑾山燃气南区服务站 工作日 8:30—17:30
!d 论坛帖子仅代表发帖人观点
""",
        body="""
南区各位居民：
南区三期管道燃气工程已通过竣工验收，具备通气条件。现将开户通气有关事项通知如下：
一、办理时间：2025年10月25日至11月30日，每天9:00—16:30。
二、办理地点：南区物业服务中心一楼燃气服务窗口。
三、所需材料：房产证或购房合同、户主身份证原件及复印件。
四、通气要求：居民须使用带熄火保护装置的燃气灶具，燃气软管应使用金属波纹管，安装完毕后由服务站上门检查合格方可通气。
瑾山燃气有限公司南区服务站
2025年10月20日
""",
    ),
    dict(
        slug="download-xiazaiyuan-plating-rules-table",
        site="下载源资料站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.xiazaiyuan.example.com/soft/doc/20250612/88901.html",
        title="电镀车间安全操作规程",
        record_title="电镀车间安全操作规程.doc下载 - 下载源资料站",
        date=None,
        notes="old download station: file-info table, three mirror links, dead-link report; no date (an update stamp only); rules whose articles speak of 打印 and 扫码 kept",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>电镀车间安全操作规程.doc下载 - 下载源资料站</title><script>function report(){}</script></head><body>
<table width="980" align="center"><tr><td>⟦m 下载源资料站 — 海量资料免费下载⟧</td><td>⟦m www.xiazaiyuan.example.com⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 当前位置：首页 → 企业管理 → 安全制度⟧</td></tr></table>
<table width="980" align="center" border="1">
<tr><td>⟦m 资料名称：电镀车间安全操作规程⟧</td><td>⟦m 文件大小：26 KB⟧</td></tr>
<tr><td>⟦m 资料类型：doc⟧</td><td>⟦m 更新时间：2025-06-12⟧</td></tr>
<tr><td>⟦m 下载次数：本月 35　总计 1207⟧</td><td>⟦m 授权方式：免费资料⟧</td></tr>
</table>
<h2>{T}</h2>
<div class="jj"><b>⟦m 资料简介：⟧</b>
{BODY}
</div>
<table width="980" align="center"><tr><td>⟦a 下载地址：⟧</td><td>⟦a 电信下载一⟧</td><td>⟦a 联通下载二⟧</td><td>⟦a 备用下载三⟧</td></tr></table>
<div>⟦a 如果下载地址失效，请点击此处报告错误⟧</div>
<div>⟦l 相关资料：喷涂车间防火管理制度　酸洗工序作业指导书⟧</div>
<table width="980" align="center"><tr><td>⟦d 本站资料均来自网络，仅供学习研究，请下载后24小时内删除。⟧<br>⟦m 皖ICP备12039870号⟧</td></tr></table>
</body></html>
""",
        body="""
第一条　为保障电镀作业人员安全和健康，防止中毒、灼伤和火灾事故，制定本规程。
第二条　作业人员上岗前必须穿戴耐酸碱工作服、防护手套、护目镜和防毒口罩，未经培训考核合格者不得上岗。
第三条　配制酸液时，必须将酸缓慢加入水中，严禁将水倒入酸中。
第四条　含氰镀液的领用、使用、回收实行双人双锁管理，每次领用须在台账上登记并打印领用单，由车间主任签字。
第五条　废水、废液必须排入专用收集池，严禁直接排放。
第六条　作业人员发现设备异常，应立即停机，并扫码上报设备报修系统。
第七条　本规程自发布之日起执行，由安全环保部负责解释。
""",
    ),
    dict(
        slug="download-ziliaoku-uxo-plan-text",
        site="资料库下载 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.ziliaoku-dl.example.cn/fangan/2025/0309/77.html",
        title="璞岭镇历史遗留未爆弹药排查处置工作方案",
        record_title=None,
        date="2025-03-09",
        notes="title missing, found on the page; download buttons between paragraphs as a line of its own; 成文日期 in Chinese numerals; contact line kept",
        page="""
!m 资料库下载 ｜ 方案范文 ｜ 应急管理
!m 资料编号：ZLK-2025-0309-77　　格式：WPS　　大小：21K
{T}
{BODY}
!a ↓↓↓ 本地高速下载 ↓↓↓
!a 迅雷下载　|　网盘下载
!d 下载的资料仅限个人学习使用，严禁用于商业用途。
!l 下载排行：1. 防汛应急预案  2. 森林防火工作方案  3. 燃气安全排查方案
""",
        body="""
为消除历史遗留未爆弹药安全隐患，保障人民群众生命财产安全，结合我镇实际，制定本方案。
一、排查范围：镇域内原三道岭战场遗址周边5个行政村，重点是农田、林地和在建工程工地。
二、工作步骤
（一）宣传发动。通过村广播、张贴挂图等方式，告知群众发现可疑爆炸物不要触碰、不要搬动、立即报告。
⟦a 【立即下载本方案完整版】⟧
（二）排查登记。各村组织网格员入户走访，对群众反映的线索逐一登记，并在现场设立警戒标志。
（三）移交处置。发现的可疑爆炸物由派出所报县公安局，由专业人员统一清运销毁。
三、工作要求：任何单位和个人不得私自收藏、买卖、拆解未爆弹药。
联系人：镇平安办　吴德钧，电话：0852-6118705。
璞岭镇人民政府
二〇二五年三月九日
""",
    ),
    dict(
        slug="pexam-rencai-market-recruit-html",
        site="琇水县人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://rsks.xiushui.example.gov.cn/ksgg/2025/0415/3301.html",
        title="琇水县人才市场服务中心2025年公开招聘编外工作人员公告",
        record_title="【考务公告】琇水县人才市场服务中心2025年公开招聘编外工作人员公告",
        date="2025-04-15",
        notes="exam site: 【考务公告】 title; the announcement's 咨询电话 beside the system's technical line; post table; 准考证 download/print sentence kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【考务公告】琇水县人才市场服务中心2025年公开招聘编外工作人员公告</title><script src="/static/ks.js"></script></head><body>
<div class="hd">⟦m 琇水县人事考试网⟧ ⟦m 服务考生　公平公正⟧</div>
<div class="menu">⟦m 首页 | 考试公告 | 报名入口 | 成绩查询 | 政策法规⟧</div>
<div class="tip">⟦m 报名系统技术咨询：0578-3219001（工作日 9:00—17:00）⟧</div>
<h1>{T}</h1>
<div class="ly">⟦m 发布单位：县人力社保局　发布日期：2025-04-15　【字体：大 中 小】⟧</div>
<div class="zw">
{BODY}
</div>
<div class="fj">⟦l 附件下载：报名登记表.doc⟧</div>
<div class="xg">⟦l 相关公告：2025年县属国有企业招聘公告⟧</div>
<footer>⟦m 主办：琇水县人力资源和社会保障局⟧ ⟦d 本网站所发布信息以正式文件为准⟧</footer>
</body></html>
""",
        body="""
因工作需要，县人才市场服务中心面向社会公开招聘编外工作人员3名。现将有关事项公告如下：
一、招聘岗位
岗位　人数　学历要求　专业要求
招聘服务岗　2　大专及以上　人力资源管理、劳动与社会保障
信息管理岗　1　本科及以上　计算机类
二、报名时间：2025年4月21日至4月25日，采取网上报名方式。
三、考试：笔试定于5月10日上午举行，考生须在5月7日至9日登录报名系统下载打印准考证。
四、咨询电话：0578-3216620（县人才市场服务中心）。
琇水县人力资源和社会保障局
2025年4月15日
""",
    ),
    dict(
        slug="pexam-jindu-social-worker-text",
        site="瑭原人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.tangyuanrsks.example.cn/html/2025/zhaopin_0602/1201.html",
        title="瑭原县2025年招聘禁毒专职社会工作者面试公告",
        record_title="瑭原县2025年招聘禁毒专职社会工作者面试公告_瑭原人事考试信息网",
        date="2025-06-02",
        notes="personnel-exam text page; _site title; interview list table; meta in odd wordings; a copyright line",
        page="""
!m 瑭原人事考试信息网 · 首页 ＞ 面试公告
!m 【信息时间：2025-06-02】【阅读次数：1874】
{T}
{BODY}
!a 〖打印本页〗　〖返回顶部〗
!l 上一条：2025年招聘社区工作者笔试成绩公示
!l 下一条：2025年事业单位体检名单
!m 版权所有 瑭原县人事考试中心　备案号：黔ICP备16008173号-2
""",
        body="""
根据《瑭原县2025年招聘禁毒专职社会工作者公告》，现将面试有关事项公告如下：
一、进入面试人员名单
准考证号　姓名　笔试成绩
250101003　龙晓岚　76.5
250101017　罗成杰　74.0
250101022　潘映雪　71.5
二、面试时间：2025年6月14日上午8:00开始，考生须于7:30前到达候考室。
三、面试地点：瑭原县第一中学综合楼。
四、面试方式：结构化面试，满分100分，合格分数线为60分。
考生须携带本人身份证和笔试准考证参加面试，证件不全者不得参加面试。
瑭原县禁毒委员会办公室
2025年6月2日
""",
    ),
    dict(
        slug="tender-gonggong-noise-barrier-html",
        site="瑀原县公共资源交易中心 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.yuyuan.example.gov.cn/jyxx/jsgc/zbgg/20250818/6641.html",
        title="瑀原大道高架段声屏障工程招标公告",
        record_title="瑀原大道高架段声屏障工程招标公告",
        date="2025-08-18",
        notes="tender platform: CA hotline in the header; purchaser and agency contacts kept; tender lot table; a 下载招标文件 sentence kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>瑀原大道高架段声屏障工程招标公告</title><script src="/js/ggzy.js"></script></head><body>
<div class="top">⟦m 瑀原县公共资源交易中心⟧ <span>⟦m CA数字证书办理热线：400-916-2277⟧</span></div>
<div class="nav">⟦m 首页　交易信息　政策法规　办事指南　诚信体系⟧</div>
<div class="pos">⟦m 您现在的位置：首页 &gt; 交易信息 &gt; 工程建设 &gt; 招标公告⟧</div>
<h1>{T}</h1>
<div class="time">⟦m 【信息时间：2025-08-18　阅读次数：402】⟧ ⟦a 【我要打印】【关闭】⟧</div>
<div class="detail">
{BODY}
</div>
<div class="tz">⟦l 同类信息：东环路人行天桥工程招标公告⟧</div>
<footer>⟦m 地址：瑀原县政务服务中心五楼⟧ ⟦m 技术支持：瑀原县大数据中心⟧</footer>
</body></html>
""",
        body="""
1．招标条件
本招标项目瑀原大道高架段声屏障工程已由县发展和改革局批准建设，招标人为瑀原县城市建设投资有限公司，项目已具备招标条件，现对该项目进行公开招标。
2．项目概况与招标范围
标段　内容　长度　最高投标限价（万元）
一标段　K1+200至K2+600声屏障　1400米　586.0
二标段　K2+600至K3+900声屏障　1300米　541.5
3．投标人资格要求
投标人须具备建筑机电安装工程专业承包二级及以上资质，本项目不接受联合体投标。
4．招标文件的获取
凡有意参加投标者，请于2025年8月19日至8月25日登录交易平台下载招标文件。
5．联系方式
招标人：瑀原县城市建设投资有限公司　联系人：邵工　电话：0851-2798316
招标代理机构：瑀原恒信工程咨询有限公司　联系人：莫女士　电话：0851-2730428
""",
    ),
    dict(
        slug="tender-zhaocai-additive-testing-result",
        site="琬水政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zfcg.wanshui.example.gov.cn/cggg/zbgg/2025/09/1187.html",
        title="琬水县食品添加剂专项抽检服务项目中标结果公告",
        record_title="琬水县食品添加剂专项抽检服务项目中标结果公告 - 琬水政府采购网",
        date="2025-09-26",
        notes="bid result; - site title; bid candidates table; purchaser contact kept; 公告期限 sentence",
        page="""
!m 琬水政府采购网
!m 首页 > 采购公告 > 中标（成交）结果公告
{T}
!m 发布时间：2025-09-26 15:40:12　　浏览次数：233
!a 分享 | 打印 | 字号 大 中 小
{BODY}
!l 上一篇：琬水县中小学食堂大宗食材采购项目更正公告
!l 下一篇：琬水县殡葬服务车辆采购项目招标公告
!m 琬水县财政局主办　政府采购监督电话：0719-7729115
""",
        body="""
一、项目编号：WSCG-2025-0917
二、项目名称：琬水县食品添加剂专项抽检服务项目
三、中标信息
供应商名称　中标金额（元）　服务期限
琬水正衡检测技术有限公司　386000　12个月
四、主要标的信息：对全县食品生产经营单位开展食品添加剂专项抽检，抽检批次不少于600批次。
五、评审专家名单：陶立新、翁静、米春华、郝亦飞、卜良。
六、公告期限：自本公告发布之日起1个工作日。
七、联系方式：采购人琬水县市场监督管理局，联系人甄先生，电话0719-7721536。
""",
    ),
    dict(
        slug="lawfirm-zhengdao-debt-collection-lecture-html",
        site="正道律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="speech",
        form="html",
        source="https://www.zhengdaolaw.example.com/jiangtang/2025/0723.html",
        title="合法催收与暴力催收的边界在哪里",
        record_title="法治讲堂丨合法催收与暴力催收的边界在哪里 - 正道律师事务所",
        date="2025-07-23",
        notes="law firm: 法治讲堂丨 prefix; lawyer card; consultation box; not-legal-advice notice; date under the lecture title",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>法治讲堂丨合法催收与暴力催收的边界在哪里 - 正道律师事务所</title></head><body>
<header>⟦m 正道律师事务所　ZHENGDAO LAW FIRM⟧ <span>⟦w 法律咨询热线：0573-8700 6618⟧</span></header>
<nav>⟦m 首页 律所简介 专业领域 律师团队 法治讲堂 联系我们⟧</nav>
<h1>{T}</h1>
<p class="sub">（2025年7月23日 在瑄城区金融纠纷调解中心的讲座）</p>
<p class="sp">主讲：正道律师事务所合伙人 柴宏宇</p>
<div class="lecture">
{BODY}
</div>
<div class="card">⟦w 如需了解更多债务纠纷处理方案，欢迎预约柴律师面谈⟧</div>
<div class="disc">⟦d 本文仅为普法讲座整理稿，不构成针对任何个案的法律意见。⟧</div>
<footer>⟦m 执业许可证号：23301200910332415⟧ ⟦m 地址：瑄城区钱江路188号金融大厦12层⟧</footer>
</body></html>
""",
        body="""
各位朋友，今天我们讲一讲催收的边界。
首先要明确，债权人依法追讨债务是正当权利，可以通过电话、短信、上门等方式提醒债务人还款，也可以委托律师发函或者向法院起诉。
但是，以下行为就越过了边界：一是使用暴力、威胁手段；二是频繁拨打电话、在夜间骚扰；三是向债务人的亲友、同事散布欠债信息；四是限制人身自由、侵入住宅。
刑法修正案（十一）已经增设催收非法债务罪，对以暴力、胁迫、限制他人人身自由等方法催收高利放贷等产生的非法债务，情节严重的，最高可判处三年有期徒刑。
如果遭遇暴力催收，请保留通话录音、短信截图等证据，及时向公安机关报警。
""",
    ),
    dict(
        slug="lawfirm-hengxin-trust-letter-text",
        site="衡信律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.hengxinlawyer.example.cn/cases/letter-2025-11.html",
        title="关于某信托计划延期兑付事宜的律师函",
        record_title="【律师范本】关于某信托计划延期兑付事宜的律师函（可改可用）",
        date=None,
        notes="law firm template: decorated title; ××× placeholders and 年 月 日 blank date (no date); consult prompt after; 代理 line kept",
        page="""
!m 衡信律师事务所 ｜ 文书范本
{T}
!m 整理：衡信律所金融团队　　更新于 3天前
{BODY}
!w 文书定制、律师函代发，请联系衡信律所前台 0571-6620 9138
!d 范本仅供参考，使用前请结合具体情况咨询专业律师。
!l 延伸阅读：资管产品逾期兑付的维权路径
""",
        body="""
×××信托有限公司：
衡信律师事务所接受委托人×××的委托，指派×××律师就“×××集合资金信托计划”延期兑付事宜，向贵司致函如下：
一、委托人于××××年××月××日认购上述信托计划份额人民币×××万元，信托期限为24个月。
二、信托计划到期后，贵司未按合同约定向委托人分配信托利益及返还信托本金，已构成违约。
三、请贵司于收到本函之日起十日内，向委托人书面说明信托财产的管理、运用及处分情况，并提出明确的兑付方案。
逾期未予答复的，委托人将依法采取诉讼等措施维护自身合法权益。
衡信律师事务所
律师：×××
年　月　日
""",
    ),
]
