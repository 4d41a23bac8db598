"""holdout269, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站 (each once as HTML, once as text).
Invented text: counties, towns, people, firms, sites, URLs and phones are made up; see ../README.md
and ../build.py for the markup."""

CASES = [
    dict(
        slug="countyforum-jichuan-post-muyu-loudspeaker-jammer-html",
        site="嵇川论坛 (invented, county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.jichuan.cc/thread-220917-1-1.html",
        title="凌晨四点的木鱼声，能不能小一点？",
        record_title="[噪音求助] 凌晨四点的木鱼声，能不能小一点？ - 百姓话题 - 嵇川论坛",
        date=None,
        notes="a county forum thread with jammer-font junk, a weather line, medals, a decoration ad, an official-reply "
        "link and a relative post time (no date)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>[噪音求助] 凌晨四点的木鱼声，能不能小一点？ - 百姓话题 - 嵇川论坛</title>
<style>.jammer{display:none}</style>
<script src="static/js/forum.js"></script>
</head>
<body>
<div id="hd">⟦m 嵇川论坛　嵇川人自己的网上家园⟧ <span>⟦m 今日嵇川：多云 16～24℃⟧</span> <a>⟦a 登录⟧</a> <a>⟦a 快速注册⟧</a></div>
<div id="pt">⟦m 嵇川论坛 › 民生 › 百姓话题⟧</div>
<div class="ad-banner">⟦m 【广告】嵇川好邻居装饰　老房翻新免费上门量房⟧</div>
<table class="plhin"><tr>
<td class="pls"><p>⟦m 河边的柳⟧</p><p>⟦m 勋章：热心网友　资深居民⟧</p></td>
<td class="plc">
<h1>⟦t [噪音求助] 凌晨四点的木鱼声，能不能小一点？⟧</h1>
<div class="authi">⟦m 发表于 前天 23:05　|　只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="official">⟦l 已转交相关部门，查看官方回复 »⟧</div>
<div class="po">⟦a 支持　反对　回复　分享⟧</div>
</td></tr></table>
<div class="reply">⟦l 1#　老街坊：同感，我家在滨河二期也能听到⟧</div>
<div id="ft">⟦m 嵇川论坛　客服QQ：2077418835　湘ICP备13011029号⟧</div>
</body>
</html>
""",
        p_html="{}<br>",
        junk=dict(lines=1, glued=2),
        body="""
住在城南滨河小区的应该都听到过，对面山脚下那座小庙，最近每天凌晨四点多就开始敲木鱼、放诵经录音，一直到六点。
木鱼本身声音不大，问题是接了扩音器，隔着一条河都听得清清楚楚。家里老人睡眠浅，孩子也被吵醒过好几次。
我上周去庙里当面说过一次，一位师傅态度挺好，说会调小，可过了两天又照旧。
想问问大家：这种情况该找哪个部门？早课我们尊重，但能不能不用扩音器，或者把时间往后挪一点？
""",
    ),
    dict(
        slug="countyforum-etang-post-bottle-no-label-subject-junk",
        site="峨塘生活网论坛 (invented, town forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://bbs.etangshenghuo.com/forum.php?mod=viewthread&tid=61208",
        title="镇上母婴店卖的奶瓶是不是三无产品？",
        record_title=None,
        date=None,
        notes="a town forum thread as text: no record title (the thread subject is on the page), anti-scraping junk "
        "lines and glued junk, a relative time (no date), replies under the post",
        page="""
!m 峨塘生活网 › 论坛 › 宝爸宝妈
{T}
!m 楼主：小满妈　发表于 4 天前　查看：912　回复：17
!l 只看楼主　｜　按时间倒序
{BODY}
!l 沙发　东街阿强：去市场监管所反映，上次我举报过一次，处理得挺快
!l 板凳　甜甜圈：正规的奶瓶底部都会印材质标识
!a 发表回复前请先登录
!m 峨塘生活网　服务热线 0739-4630668
""",
        junk=dict(lines=2, glued=2),
        body="""
前几天在镇上一家母婴店给孩子买奶瓶，回家一看，瓶身上只有刻度，没有厂名厂址，包装盒也是白盒子，店里说是厂家直供。
我上网查了一下，正规奶瓶应该标注材质、生产厂家、执行标准和耐热温度，这个一样都没有。
孩子每天用它喝奶，心里实在不踏实。想问问大家：镇上哪家店的奶瓶比较靠谱？这种奶瓶可以去哪里反映？
也提醒各位宝爸宝妈，买奶瓶时一定看清标签，别图便宜。
""",
    ),
    dict(
        slug="download-jiangxin-rules-dresser-factory-check-wps-table-layout",
        site="匠心资料站 (invented, gb2312 download station)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.jiangxinzl.com/soft/zhidu/8831.html",
        title="实木五斗柜出厂检验规程",
        record_title="实木五斗柜出厂检验规程.wps",
        date=None,
        notes="old gb2312 download station: a file-info table, three download links, an unzip password, a dead-link "
        "report and a floating ad; 第N条 articles speaking of printing as content; no date (rules)",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>实木五斗柜出厂检验规程.wps 下载 - 匠心资料站</title>
<script src="/js/down.js"></script>
</head>
<body topmargin="0">
<table width="980" align="center" border="0" cellspacing="0" cellpadding="0">
<tr><td><b>⟦m 匠心资料站⟧</b>　⟦m 木工家具行业资料免费下⟧</td><td align="right">⟦a 收藏这个站⟧</td></tr>
<tr><td colspan="2" bgcolor="#2F4F6F">⟦m 首页 | 规章制度 | 工艺标准 | 图纸下载 | 表格模板⟧</td></tr>
</table>
<table width="980" align="center" border="1" bordercolor="#CCCCCC" cellspacing="0" cellpadding="4">
<tr><td colspan="2">⟦m 当前位置：匠心资料站 → 规章制度 → 质量管理⟧</td></tr>
<tr><td colspan="2"><b>⟦t 实木五斗柜出厂检验规程.wps⟧</b></td></tr>
<tr><td width="50%">⟦m 资料大小：26 KB⟧</td><td>⟦m 资料格式：WPS文字⟧</td></tr>
<tr><td>⟦m 授权方式：免费资料⟧</td><td>⟦m 更新时间：2024-08-17⟧</td></tr>
<tr><td>⟦m 下载次数：本周 18 / 累计 733⟧</td><td>⟦m 资料评级：★★★☆☆⟧</td></tr>
<tr><td colspan="2" bgcolor="#F7F7F7"><b>⟦m 资料预览：⟧</b></td></tr>
<tr><td colspan="2">
{BODY}
</td></tr>
<tr><td colspan="2">⟦a 下载地址一：电信高速下载⟧　⟦a 下载地址二：联通高速下载⟧　⟦a 下载地址三：备用本地下载⟧</td></tr>
<tr><td colspan="2">⟦a 解压口令：www.jiangxinzl.com⟧　⟦a 下载无效？点此报告失效链接⟧</td></tr>
<tr><td colspan="2">⟦d 本站资料均由网友提供，仅供学习参考，请于下载后24小时内删除。⟧</td></tr>
</table>
<div id="float_ad" style="position:absolute;left:0;top:160px">⟦w 家具工厂管理制度全套定制，微信 jxzl_zhidu⟧</div>
<table width="980" align="center"><tr><td align="center">⟦m Copyright 2011-2024 匠心资料站　粤ICP备11088316号⟧</td></tr></table>
</body>
</html>
""",
        p_html="<p>{}</p>",
        body="""
第一条　为保证实木五斗柜出厂质量，依据本厂质量管理制度，制定本规程。
第二条　每件五斗柜出厂前须经检验员逐项检验，检验合格后方可打包入库。
第三条　外观检验：柜体漆面平整，无流挂、起泡；抽屉面板缝隙均匀，偏差不超过二毫米。
第四条　功能检验：每只抽屉推拉十次，应顺滑无卡滞；拉出三分之二时不得脱落。
第五条　安全检验：柜体应预留防倒装置安装孔，随箱配齐防倒配件和安装说明。
第六条　检验员须在系统中打印检验合格证，贴于柜体背板右上角，检验记录保存两年。
第七条　本规程自印发之日起执行。
""",
    ),
    dict(
        slug="download-fanben-contract-bench-blanks-template",
        site="范本下载之家 (invented)",
        style="资料下载站",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.fanbenxiazai.com/hetong/jiagong/3392.html",
        title="条凳定制加工合同（范本）",
        record_title="条凳定制加工合同（范本）免费下载 - 范本下载之家",
        date=None,
        notes="a template download page as text: ×× placeholders, ＿＿ blanks and ＿＿年＿＿月＿＿日 (no date), "
        "a file-info line, download buttons and a member prompt",
        page="""
!m 范本下载之家 — 合同范本　协议书　表格
!m 首页 > 合同范本 > 加工承揽合同
{T}
!m 格式：DOCX　大小：15KB　更新：2 个月前　已下载 1,406 次
!a 【免费下载】　【VIP高速下载】　【收藏】
{BODY}
!a 开通VIP会员，全站合同范本不限次数下载
!l 同类范本：木门加工承揽合同　校服定制合同　家具采购合同（简易版）
!d 范本仅供参考，签订合同前请结合实际情况或咨询专业律师。
""",
        body="""
甲方（定做方）：××村村民委员会
乙方（承揽方）：××木器加工厂
第一条　定制内容：乙方为甲方加工实木长条凳＿＿条，规格为长一百八十厘米、宽二十二厘米、高四十六厘米，材质为杉木。
第二条　价款：每条＿＿元，合计人民币＿＿元。甲方在合同签订后三日内预付百分之三十，验收合格后付清余款。
第三条　交付：乙方于＿＿年＿＿月＿＿日前将条凳送至甲方指定地点。
第四条　质量：条凳榫卯牢固、凳面平整无毛刺，甲方验收时发现不合格的，乙方应免费返工。
第五条　本合同一式两份，双方各执一份，自签字之日起生效。
甲方（签章）：　　　　乙方（签章）：
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="exam-yishan-notice-percussion-test-muyu-timetable-html",
        site="栘山县人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://rsks.yishan.gov.cn/kwgg/2025/0603/771.html",
        title="栘山县民族乐团2025年公开招聘演奏员技能测试公告",
        date="2025-06-03",
        notes="record title as is; a personnel-exam site: a maintenance banner, an admission-ticket float, a "
        "timetable table, downloading and printing the admission ticket as content, the notice's 咨询电话 beside "
        "the site's technical line; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>栘山县民族乐团2025年公开招聘演奏员技能测试公告</title>
<link rel="stylesheet" href="/css/rsks.css">
<script src="/js/rsks.js"></script>
</head>
<body>
<div class="notice-bar">⟦m 【系统提示】6月8日22:00至次日6:00报名系统升级，暂停访问⟧</div>
<div class="head">⟦m 栘山县人事考试网⟧ <span>⟦m 栘山县人力资源和社会保障局主办⟧</span></div>
<div class="nav">⟦m 首页　考试公告　报名入口　成绩查询　政策法规⟧</div>
<div class="loc">⟦m 位置：首页 &gt; 考试公告 &gt; 事业单位招聘⟧</div>
<div class="art">
<h2>{T}</h2>
<div class="meta">⟦m 发布时间：2025-06-04　信息来源：县人社局事业单位人事管理股⟧</div>
<div class="con">
{BODY}
</div>
<div class="print">⟦a [打印本公告]⟧ ⟦a [关闭]⟧</div>
</div>
<div class="float-zkz">⟦a 准考证打印入口⟧</div>
<div class="foot">
<p>⟦m 本网技术支持：栘山县信息中心　技术咨询电话：0743-6620900（仅限网站使用问题）⟧</p>
<p>⟦m 湘ICP备08017725号-1⟧</p>
</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        date_also=["2025-06-04"],
        body="""
根据《栘山县民族乐团2025年公开招聘演奏员公告》，现将技能测试有关事项公告如下：
一、测试时间和地点：6月14日在县文化馆三楼排练厅进行。
二、测试安排：
岗位　测试时间　测试内容
打击乐演奏员　8:30-11:30　木鱼、堂鼓、小锣演奏
弹拨乐演奏员　14:30-17:30　自选曲目演奏
三、注意事项：考生须于6月10日起登录本网站下载并打印准考证。打击乐岗位考生可自带木鱼等乐器，现场另备有一套五只一组的木鱼供选用。
咨询电话：0743-6621085
栘山县人力资源和社会保障局
2025年6月3日
""",
    ),
    dict(
        slug="exam-liping-notice-nursery-practical-bottle",
        site="荔坪区人事考试中心 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.lprsks.cn/tzgg/2025/0704/512.html",
        title="荔坪区公办托育中心招聘保育员实操测试公告",
                date="2025-07-04",
        notes="record title as is; a personnel-exam centre as text: a bottle-preparation and sterilising test item, an 附件 line, "
        "the centre's hotline and an entry float; 成文日期 under the signature",
        page="""
!m 荔坪区人事考试中心　www.lprsks.cn
!m 考试动态 ｜ 报名入口 ｜ 成绩查询 ｜ 常见问题
{T}
!m 阅读：3810　｜　字体：大 中 小
{BODY}
!a 网上报名及准考证打印入口 >>
!m 考试中心咨询电话：0745-2603300（工作日 9:00-17:00）
!d 本网站公告以发布原文为准，任何机构转载的信息仅供参考。
""",
        indent="\u3000\u3000",
        body="""
荔坪区公办托育中心2025年招聘保育员笔试已结束，现将实操测试有关事项公告如下：
一、测试对象：笔试成绩达到最低合格分数线、按岗位1:3比例确定的考生，名单见附件。
二、测试内容：奶瓶冲调与消毒、婴儿抱姿与拍嗝、尿布更换三项，每项一百分，按平均分计算实操成绩。
三、测试时间：2025年7月12日上午8:00开始，考生须提前半小时到区托育综合服务中心候考。
四、其他事项：测试所用奶瓶、奶粉、消毒锅等由考点统一提供，考生不得自带。
附件：实操测试人员名单
荔坪区人事考试中心
2025年7月4日
""",
    ),
    dict(
        slug="tender-kanyang-result-canteen-benches-lots-html",
        site="嵁阳县公共资源交易网 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="html",
        source="https://ggzy.kanyang.gov.cn/jyxx/zfcg/zbgg/20250418/33017.html",
        title="嵁阳县第三中学食堂长条凳及餐桌采购项目中标结果公告",
        record_title="嵁阳县第三中学食堂长条凳及餐桌采购项目中标结果公告 - 政府采购 - 嵁阳县公共资源交易网",
        record_date="2025-04-18",
        date="2025-04-18",
        notes="a tender portal: the record gives the date; a lots table, purchaser and agency contacts beside the CA "
        "and trading-system lines, a 'visit count' meta line, an objection notice",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>嵁阳县第三中学食堂长条凳及餐桌采购项目中标结果公告 - 政府采购 - 嵁阳县公共资源交易网</title>
<link rel="stylesheet" href="/css/ggzy.css">
<script src="/js/ggzy.js"></script>
</head>
<body>
<div class="top">⟦m 嵁阳县公共资源交易网⟧ <a>⟦a 主体登录⟧</a> <a>⟦a 主体注册⟧</a></div>
<div class="nav">⟦m 首页　交易信息　政策法规　服务指南　诚信体系⟧</div>
<div class="pos">⟦m 首页 &gt; 交易信息 &gt; 政府采购 &gt; 结果公告⟧</div>
<div class="detail">
<h3>{T}</h3>
<p class="info">⟦m 信息时间：2025-04-18　阅读次数：96⟧</p>
<div class="text">
{BODY}
</div>
<p class="tip">⟦d 供应商对中标结果有异议的，可在公告期限届满之日起七个工作日内以书面形式提出质疑。⟧</p>
</div>
<div class="side"><h4>⟦l 最新结果公告⟧</h4><ul><li>⟦l 嵁阳县城关小学课桌椅采购项目成交公告⟧</li><li>⟦l 县图书馆阅览桌椅采购项目中标公告⟧</li></ul></div>
<div class="foot">
<p>⟦m CA证书办理热线：0744-8318866　交易系统技术支持：400-928-0744⟧</p>
<p>⟦m 嵁阳县公共资源交易中心主办　湘ICP备17011208号⟧</p>
</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        body="""
一、项目编号：KYCG-2025-0417
二、项目名称：嵁阳县第三中学食堂长条凳及餐桌采购项目
三、中标信息：
包号　货物名称　中标供应商　中标金额（元）
1　实木长条凳（480条）　峨塘家具有限公司　148800
2　食堂餐桌（120张）　栘山县恒久家具厂　206400
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式：
采购人：嵁阳县第三中学　联系人：邝老师　电话：0744-8350217
代理机构：嵁阳诚信招标代理有限公司　联系人：蒋工　电话：0744-8339906
嵁阳诚信招标代理有限公司
2025年4月18日
""",
    ),
    dict(
        slug="tender-weiyuan-inquiry-welfare-bottles-items",
        site="洈源市政府采购网 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://www.ccgp-weiyuan.gov.cn/xjgg/2025/0519/20951.html",
        title="洈源市儿童福利院婴幼儿奶瓶及喂养用品询价公告",
        record_title="〖小额询价〗洈源市儿童福利院婴幼儿奶瓶及喂养用品询价公告",
        date="2025-05-19",
        notes="a procurement site as text: an items table, downloading the inquiry file as content, the purchaser's "
        "phone beside the platform's hotline and CA line, an 附件 line; 成文日期 under the signature",
        page="""
!m 洈源市政府采购网
!m 首页 » 采购公告 » 询价公告
{T}
!m 公告类型：询价公告　｜　浏览：203
!a 【下载询价文件】　【我要报价】
{BODY}
!m 平台服务热线：0745-2208890　CA数字证书咨询：0745-2208876
!m 洈源市财政局主办　洈源市政府采购中心承办
""",
        body="""
洈源市儿童福利院拟采购一批婴幼儿奶瓶及喂养用品，欢迎符合条件的供应商参加报价。
一、采购清单：
品名　规格　数量
玻璃奶瓶　240毫升　200只
PPSU奶瓶　180毫升　150只
硅胶奶嘴　十字孔　600个
蒸汽奶瓶消毒器　六瓶位　8台
二、供应商要求：具有合法经营资格，所供奶瓶须提供有效检验报告。
三、报价时间：2025年5月20日至5月26日17:00，请下载询价文件后按要求密封报价。
四、联系方式：采购人联系人杨老师，电话0745-2650318。
附件：询价文件
洈源市儿童福利院
2025年5月19日
""",
    ),
    dict(
        slug="lawfirm-hengnuo-case-dresser-tipping-child-html",
        site="恒诺律师事务所 (invented)",
        style="律所网站",
        genre="案例",
        kind="other",
        form="html",
        source="https://www.hengnuolaw.cn/anli/2025/288.html",
        title="五斗柜倾倒砸伤幼童，商家要担责吗？",
        record_title="五斗柜倾倒砸伤幼童，商家要担责吗？｜恒诺说法",
        date=None,
        notes="a law firm's case note: a lawyer card, a consult float, a 400 line, a reprint block and an update "
        "stamp (no date); bracketed section heads in the body",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>五斗柜倾倒砸伤幼童，商家要担责吗？｜恒诺说法</title>
<link rel="stylesheet" href="/css/law.css">
<script src="/js/consult.js"></script>
</head>
<body>
<div class="l-head">⟦m 恒诺律师事务所⟧ <span>⟦m 专注民商事争议解决⟧</span> <span>⟦m 全国咨询热线 400-660-5128⟧</span></div>
<div class="l-nav">⟦m 首页　律所简介　专业团队　恒诺说法　联系我们⟧</div>
<div class="l-art">
<h1>{T}</h1>
<div class="l-meta">⟦m 栏目：恒诺说法　更新于 2 周前　阅读 1,877⟧</div>
<div class="l-text">
{BODY}
</div>
<div class="l-link">⟦d 本篇网址：https://www.hengnuolaw.cn/anli/2025/288.html　转载请保留出处⟧</div>
<div class="l-card">⟦m 执业律师　庞晓雯　擅长：人身损害赔偿、消费纠纷⟧ ⟦a 立即咨询⟧</div>
</div>
<div class="l-float">⟦w 免费咨询律师，留下电话我们回拨⟧</div>
<div class="l-foot">⟦d 本站文章仅为普法宣传，不构成具体法律意见。⟧ ⟦m 恒诺律师事务所　湘ICP备20014452号⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        body="""
【案情】2024年夏天，三岁的乐乐在家中攀爬新买的五斗柜，柜体向前倾倒将其砸伤。乐乐父母认为家具店销售的五斗柜存在缺陷，起诉要求赔偿医疗费等损失；家具店则称，孩子受伤是家长看护不力造成的。
【审理】法院查明，该五斗柜未随附防倒配件，说明书也没有提示需固定在墙上。产品应当有必要的警示说明，销售者不能指明缺陷产品生产者的，应当承担赔偿责任。同时，监护人未尽看护职责，也应自担部分损失。
【结果】法院判决家具店承担百分之七十的赔偿责任。
【律师提示】购买五斗柜等高柜时，要留意是否配有防倒装置；商家应在显著位置作出警示，不能把风险都推给消费者。
""",
    ),
    dict(
        slug="lawfirm-shouxin-answer-borrowed-benches-damage",
        site="守信律师网 (invented)",
        style="律所网站",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.shouxinlvshi.com/wenda/60318.html",
        title="借邻居的条凳办酒席弄坏了，要按新的赔吗？",
        record_title="借邻居的条凳办酒席弄坏了，要按新的赔吗？ - 律师解答 - 守信律师网",
        date=None,
        notes="a legal-advice answer as text: the question as the title, a lawyer line with a relative time "
        "(no date), a consult prompt with a phone and a 'not legal advice' notice",
        page="""
!m 守信律师网　在线法律咨询
!m 首页 › 律师解答 › 财产损害赔偿
{T}
!m 咨询人：湘西网友　｜　地区：峿溪县
!m 解答律师：陶明远（执业证号 14307201110****）　回复于 昨天
{BODY}
!w 还有疑问？一对一咨询陶律师：139 7430 2265
!l 相似问题：借的东西被偷了要赔吗？　｜　帮忙办酒席受伤了找谁赔？
!d 律师解答仅供参考，具体案件请携带材料当面咨询。
""",
        body="""
借用他人物品，应当妥善保管并按时归还。因保管不善造成损坏的，借用人一般应当赔偿。
但赔偿以实际损失为限。旧条凳已经使用多年，应当按照损坏时的价值或者修理费用计算，而不是按新条凳的价格。
建议双方先商量能否修好：能修的，由您承担修理费；修不好的，可参照同类旧条凳的价格协商赔偿。协商不成的，可以请村委会或人民调解委员会调解。
""",
    ),
]
