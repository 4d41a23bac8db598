"""holdout381, part D: a county forum, download stations, personnel-exam sites, tender portals, law firms, residents' sites.

Invented text (places, people, sites, URLs, phones and chrome wording); see ../README.md and
../build.py for the markup. Written by hand, case by case.
"""

CASES = [
    dict(
        slug="localforum-jiantan-foot-warmer-repair-junk",
        site="箭滩万事问 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.jiantanwsw.com/forum/view-20611.html",
        title="箭滩镇哪里能修充电暖脚宝？",
        record_title="〖街坊求助〗箭滩镇哪里能修充电暖脚宝？（急，老人等着用）- 箭滩万事问",
        date=None,
        notes="county forum as text with junk lines and junk glued after sentences; posted 前天 (relative, no "
        "date); a sentence warning about swollen warmers is content; replies and a decoration ad",
        page="""
!m 箭滩万事问 › 生活求助
!t 〖街坊求助〗箭滩镇哪里能修充电暖脚宝？（急，老人等着用）
!m 发帖人：菜园边的阿珍　　前天 19:42　　查看 611　回复 17
{BODY}
!l 沙发 老街修表铺：我这能修，先拿来看看再说
!l 板凳 箭滩小灵通：镇政府对面那家家电维修，周日也开门
!w 箭滩家电维修上门，微信同号 152 7446 0381
!a 回复帖子前请先登录　｜　用手机浏览
!m 箭滩万事问 jiantanwsw.com 本地人的百事论坛
""",
        junk=dict(lines=1, glued=3),
        body="""
家里老人用的充电暖脚宝，去年冬天买的，今年拿出来一充电，指示灯一直闪红灯，摸着也不热。
说明书上写着保修一年，已经过了。打电话给卖家，说只能寄回厂里修，来回运费加维修费差不多够买个新的了。
老人舍不得扔，说外面的绒布套还是好好的。想问问镇上有没有修小家电的师傅？最好是老街附近，我可以直接拿过去。
另外也提醒大家，这种充电的暖脚宝要是鼓包了就别修了，直接换新的，安全要紧。
""",
    ),
    dict(
        slug="download-jiguang-shutter-cable-bulb-lab-guide-gb2312",
        site="吉光下载站 (invented, old gb2312 table layout)",
        style="资料下载站",
        genre="实训指导书",
        kind="other",
        form="html",
        source="http://www.jiguangxz.com/soft/jiaoan/20250409/18826.html",
        title="快门线B门长曝光实训指导书",
        record_title="［可编辑实训资料］快门线B门长曝光实训指导书_吉光下载站",
        date=None,
        notes="old gb2312 download station: a file-info table, three mirror links, an unzip password, a dead-link "
        "report and a floating ad; numbered steps; no date (an update stamp is no date)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>［可编辑实训资料］快门线B门长曝光实训指导书_吉光下载站</title>
<script language="javascript" src="/js/jgad.js"></script>
</head><body>
<table width="980" align="center" border="0"><tr><td>⟦m 吉光下载站　片羽皆可取，资料随手下⟧</td><td align="right"><a href="#">⟦a 加入书签⟧</a></td></tr></table>
<table width="980" align="center" border="0"><tr><td class="nav">⟦m 首页 | 教案课件 | 实训资料 | 考试真题 | 办公模板⟧</td></tr>
<tr><td>⟦m 当前：吉光下载站 → 实训资料 → 摄影摄像⟧</td></tr></table>
<table width="980" align="center" border="1" cellspacing="0" cellpadding="4" bordercolor="#CCCCCC">
<tr><td colspan="4" align="center"><b>{T}</b></td></tr>
<tr><td>⟦m 资料大小：46 KB⟧</td><td>⟦m 资料格式：DOC⟧</td><td>⟦m 更新时间：2025-04-09⟧</td><td>⟦m 下载人次：1288⟧</td></tr>
<tr><td>⟦m 授权方式：免费资料⟧</td><td>⟦m 适用：中职摄影专业⟧</td><td>⟦m 星级：★★★★⟧</td><td>⟦m 提供者：xiaoqin_jy⟧</td></tr>
<tr><td colspan="4" class="jianjie">
{BODY}
</td></tr>
<tr><td colspan="4" align="center"><a>⟦a 电信高速下载⟧</a>　<a>⟦a 联通备用下载⟧</a>　<a>⟦a 本地直接下载⟧</a></td></tr>
<tr><td colspan="4">⟦l 本类下载排行：摄影构图基础课件 ｜ 单反相机结构教案 ｜ 人像布光实训手册⟧</td></tr>
<tr><td colspan="4" align="center">⟦a 解压密码：www.jiguangxz.com⟧　<a>⟦a 链接失效了？点这里告诉我们⟧</a></td></tr>
</table>
<table width="980" align="center"><tr><td align="center">⟦d 本站资料均来自网络收集与用户上传，仅供教学交流，请于下载后24小时内删除⟧<br>⟦m 吉光下载站 粤ICP备10047731号⟧</td></tr></table>
<div id="jgfloat" style="position:absolute;left:4px;top:300px">⟦w 教案课件定做，加QQ 1729035518⟧</div>
</body></html>
""",
        body="""
一、实训目的
通过本次实训，使学生掌握使用快门线进行B门长时间曝光的操作方法，能够独立完成夜景车轨和星轨的拍摄。
二、器材准备
每组准备单反或无反相机1台、三脚架1副、带锁定功能的快门线1根、备用电池2块。
三、操作步骤
1.将相机固定在三脚架上，关闭镜头防抖，选择手动对焦并对焦到远处光源。
2.把拍摄模式调到B门，光圈设为f/8，感光度设为100。
3.连接快门线，按下快门线按钮并向前推动锁定，开始曝光。
4.曝光到预定时间后，将锁定键拨回，松开按钮，结束曝光。
四、注意事项
曝光期间不要触碰三脚架和相机；快门线线身不要拉得过紧，以免带动机身晃动；冬季夜间拍摄注意电池保温。
五、实训报告
每人提交作品2幅，并写明曝光时间、光圈和感光度。
""",
    ),
    dict(
        slug="download-fanbencang-camera-bag-contract-template-doc",
        site="范本仓下载 (invented download station)",
        style="资料下载站",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.fanbencang.com/hetong/caigou/9087.html",
        title="相机包采购合同",
        record_title="相机包采购合同.doc",
        date=None,
        notes="download station as text: file-name record title; a contract template with ×× placeholders, ＿＿ "
        "blanks and ＿＿＿＿年＿＿月＿＿日 (no date); 第N条 articles; file info, mirror links and a password line",
        page="""
!m 范本仓下载 · 合同范本 / 采购合同
!m 文件：相机包采购合同.doc　　大小：31KB　　更新：5 天前
!a ⇩ 下载地址一（高速）　　⇩ 下载地址二（备用）
!a 压缩包密码：fanbencang
{T}
{BODY}
!d 范本仅供参考，签约前请结合实际情况并咨询专业人士
!l 同类范本：办公家具采购合同｜摄影器材租赁合同｜劳保用品采购合同
!m © 范本仓 fanbencang.com
""",
        body="""
甲方（采购方）：××××××
乙方（供货方）：××××××
根据《中华人民共和国民法典》及有关法律规定，甲乙双方经协商一致，就甲方向乙方采购相机包事宜订立本合同。
第一条　产品名称、规格、数量和价格
产品名称：＿＿＿＿＿＿相机包；规格型号：＿＿＿＿＿＿；数量：＿＿只；单价：＿＿元；合同总价：人民币＿＿＿＿元（大写：＿＿＿＿＿＿）。
第二条　质量要求
乙方提供的相机包应为全新产品，面料防泼水，拉链、背带扣等配件牢固，内衬隔板可拆卸，符合国家有关标准和双方确认的样品。
第三条　交货时间和地点
乙方应于＿＿＿＿年＿＿月＿＿日前将货物送至甲方指定地点：＿＿＿＿＿＿。
第四条　验收
甲方收货后＿＿日内组织验收，发现质量问题的，乙方应在＿＿日内无偿更换。
第五条　付款方式
验收合格后＿＿日内，甲方一次性支付合同总价款。
第六条　违约责任
乙方逾期交货的，每逾期一日按合同总价的＿＿%支付违约金。
第七条　本合同一式两份，双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿＿＿年＿＿月＿＿日　　签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="exam-zhezhou-announcement-teleprompter-reading-test",
        site="喆州人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.zzrsks.cn/ksgg/2025/0605/5512.html",
        title="关于喆州市融媒体中心播音主持岗位面试增设提词器播读环节的公告",
        record_title="〔播音岗·面试调整〕关于喆州市融媒体中心播音主持岗位面试增设提词器播读环节的公告 - 喆州人事考试网",
        date="2025-06-05",
        notes="personnel-exam site: a maintenance banner, an admission-ticket float and a technical line beside the "
        "announcement's own 咨询电话; a timetable (cells apart by ideographic spaces); a sentence telling "
        "candidates to download and print the ticket (content); 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔播音岗·面试调整〕关于喆州市融媒体中心播音主持岗位面试增设提词器播读环节的公告 - 喆州人事考试网</title>
</head><body>
<div class="ks-warn">⟦d 系统将于6月8日22:00至次日6:00停机升级，期间暂停报名和缴费⟧</div>
<div class="ks-head">⟦m 喆州人事考试网⟧ <span>⟦m 公平 公正 便民⟧</span></div>
<ul class="ks-nav"><li>⟦m 考试公告⟧</li><li>⟦m 成绩查询⟧</li><li>⟦m 证书办理⟧</li><li>⟦m 政策法规⟧</li></ul>
<div class="ks-loc">⟦m 首页 &gt;&gt; 考试公告 &gt;&gt; 事业单位招聘⟧</div>
<div class="ks-art"><h1>{T}</h1>
<div class="ks-info">⟦m 来源：市人社局事业单位人事管理科　发布时间：2025-06-05 15:40⟧</div>
<div class="ks-con">
{BODY}
</div>
<div class="ks-tool">⟦a 〔打印公告〕〔关闭本页〕⟧</div></div>
<div class="ks-float"><a>⟦a 面试准考证打印入口 ›⟧</a></div>
<div class="ks-side"><h4>⟦l 近期考试安排⟧</h4><p>⟦l 2025年上半年事业单位笔试成绩查询⟧</p><p>⟦l 市直学校教师招聘资格复审公告⟧</p></div>
<div class="ks-foot">⟦m 网站技术支持：0731-5588999（只受理网站使用问题）⟧<br>⟦m 喆州市人事考试院主办　湘ICP备10042286号⟧</div>
<script src="/js/ks-float.js"></script>
</body></html>
""",
        body="""
根据喆州市融媒体中心2025年公开招聘工作安排，经研究，播音主持岗位面试在原有自我介绍、稿件播读基础上，增设提词器播读环节。现将有关事项公告如下。
一、测试内容。考生在演播室提词器前播读一篇约300字的新闻稿件，稿件现场随机抽取，提词器滚动速度由考生自行选择。
二、评分办法。提词器播读环节占面试总成绩的30%，重点考察考生的语言表达、镜头感和临场应变能力。
三、时间安排
日期　时段　内容
6月14日　8:30—12:00　报到、抽签、备稿
6月14日　14:00—18:00　提词器播读及稿件播读测试
四、其他事项。考生须于6月10日至13日登录本网下载并打印面试准考证，面试当天凭准考证和身份证入场。
咨询电话：0731-5588306（工作日9:00—17:00）。
喆州市融媒体中心
2025年6月5日
""",
    ),
    dict(
        slug="exam-yinchuan-photographer-test-bring-shutter-cable",
        site="氤川县人事考试信息网 (invented)",
        style="人事考试网",
        genre="考生须知",
        kind="notice",
        form="text",
        source="http://rsks.yinchuan.gov.cn/tzgg/20250627/331.html",
        title="摄影记者岗位专业技能测试考生须知",
        record_title="【实操测试】摄影记者岗位专业技能测试考生须知（请自备快门线）_氤川县人事考试信息网",
        date="2025-06-27",
        notes="personnel-exam site as text: the notice's 咨询电话 beside the site's technical line; numbered "
        "rules; 成文日期 under the bureau's name",
        page="""
!m 氤川县人事考试信息网
!m 位置：首页 - 考务通知
{T}
!m 发布者：县人社局　发布时间：2025-06-27　阅读 2906 次
{BODY}
!a 本页面打印　｜　返回列表
!m 技术支持电话：0744-8277000（仅限网站问题）
!m 氤川县人力资源和社会保障局主办
""",
        body="""
参加氤川县融媒体中心摄影记者岗位专业技能测试的考生，请认真阅读以下须知：
一、测试时间为7月5日上午9:00，地点为县融媒体中心二楼演播室，考生须提前30分钟到达候考室。
二、测试分为室内静物拍摄和夜景长曝光拍摄两项。考生须自带相机1台、三脚架1副及适配本人相机的快门线1根，测试现场不提供快门线借用。
三、无线快门线须提前完成配对并装好电池，因器材故障影响测试的，后果由考生自负。
四、考生不得携带已存储照片的存储卡，进入考场前须当场格式化。
五、测试成绩于7月8日在本网公布。
咨询电话：0744-8277510。
氤川县人力资源和社会保障局
2025年6月27日
""",
    ),
    dict(
        slug="tender-yunyang-teleprompter-bid-result-lots",
        site="澐阳县公共资源交易中心 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="html",
        source="https://ggzy.yunyang.gov.cn/jyxx/zfcg/zbgg/20250321/18840.html",
        title="澐阳县融媒体中心演播室提词器采购项目中标结果公告",
        record_title="〔中标公告·设备类〕澐阳县融媒体中心演播室提词器采购项目中标结果公告-澐阳县公共资源交易中心",
        date="2025-03-21",
        notes="tender portal: a publicity countdown and CA/trading-system lines beside the purchaser's and "
        "agency's own contacts; a lots table; experts list; 成文日期 under both signatures",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔中标公告·设备类〕澐阳县融媒体中心演播室提词器采购项目中标结果公告-澐阳县公共资源交易中心</title>
</head><body>
<div class="jy-top">⟦m 澐阳县公共资源交易中心⟧ <a>⟦a 主体登录⟧</a> <a>⟦a 专家登录⟧</a></div>
<div class="jy-nav">⟦m 交易信息 ｜ 政府采购 ｜ 工程建设 ｜ 诚信体系 ｜ 服务指南⟧</div>
<div class="jy-loc">⟦m 当前位置：交易信息 › 政府采购 › 中标（成交）公告⟧</div>
<div class="jy-art"><h2>{T}</h2>
<div class="jy-meta">⟦m 信息时间：2025-03-21　阅读次数：418⟧　⟦m 公示剩余：0天 18时 42分⟧</div>
<div class="jy-con">
{BODY}
</div>
<div class="jy-att">⟦a 查看原公告⟧ ⟦a 中标通知书样式下载⟧</div></div>
<div class="jy-side"><h4>⟦l 同期中标公告⟧</h4><p>⟦l 县人民医院医用耗材集中采购中标公告⟧</p><p>⟦l 县二中多媒体教室设备采购结果⟧</p></div>
<div class="jy-help">⟦m CA证书办理与锁解密：0739-6288123⟧　⟦m 电子交易系统操作咨询：0739-6288456⟧</div>
<div class="jy-foot">⟦m 澐阳县公共资源交易中心　地址：澐阳县政务服务中心五楼⟧<br>⟦m 湘ICP备05009217号-6⟧</div>
<script src="/ggzy/js/countdown.js"></script>
</body></html>
""",
        body="""
一、项目编号：YYCG-2025-0317
二、项目名称：澐阳县融媒体中心演播室提词器采购项目
三、中标信息
包号　中标供应商　中标金额（元）　主要标的
第1包　喆州市声屏科技有限公司　54800　19英寸演播室提词器2套
第2包　澐阳县明镜影像器材店　27600　便携式提词器1套及提词软件
四、评审专家：林书远、符一鸣、潘澄心
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：澐阳县融媒体中心，联系人：庄晓禾，电话：0739-6219032
代理机构：喆州正元招标代理有限公司，联系人：陶予安，电话：0731-5571846
澐阳县融媒体中心
喆州正元招标代理有限公司
2025年3月21日
""",
    ),
    dict(
        slug="tender-yucheng-camera-bag-inquiry-record-date",
        site="彧城区阳光采购平台 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://ygcg.yucheng.gov.cn/xjgg/2025-04-08/4471.html",
        title="彧城区融媒体中心相机包采购项目询价公告",
        record_title="【小额询价·器材】彧城区融媒体中心相机包采购项目询价公告｜彧城区阳光采购平台",
        record_date="2025-04-08",
        date="2025-04-08",
        notes="tender platform as text: date in the record; an inquiry items table; a sentence telling suppliers to "
        "download the inquiry file (content); the purchaser's contact beside the platform's hotline",
        page="""
!m 彧城区阳光采购平台
!m 首页 » 询价公告 » 货物类
{T}
!m 公告日期：2025-04-08　截止：2025-04-15 17:00　已报名 6 家
!a 我要报价　｜　收藏项目　｜　分享
{BODY}
!m 平台服务热线：400-0731-626（9:00—18:00）
!m 彧城区财政局监制　技术支持：喆州数智科技
""",
        body="""
彧城区融媒体中心拟采购一批相机包，现邀请符合条件的供应商参加询价。
一、采购内容
品名　规格要求　数量
双肩相机包　容纳一机三镜，带防雨罩　20只
单肩相机包　容纳一机两镜，可斜挎　15只
镜头收纳袋　适配长焦镜头　10个
二、供应商资格：具有独立承担民事责任的能力，近三年无重大违法记录。
三、报价方式：供应商请于4月15日前登录本平台下载询价文件，按要求填写报价单并加盖公章后上传。
四、本项目预算为3.2万元，报价超过预算的作无效报价处理。
采购人联系人：卢清和，电话：0731-5530728。
彧城区融媒体中心
2025年4月8日
""",
    ),
    dict(
        slug="lawfirm-shengheng-foot-warmer-leak-case",
        site="昇衡律师事务所 (invented)",
        style="律所网站",
        genre="案例分析",
        kind="other",
        form="html",
        source="https://www.shenghenglaw.com/anli/xiaofei/2025/214.html",
        title="暖脚宝漏电致烫伤，商家该担什么责？",
        record_title="【案例会诊】暖脚宝漏电致烫伤，商家该担什么责？｜昇衡律师事务所",
        date=None,
        notes="law firm: a lawyer card, a consult float, a 400 line and a repost notice; a case note with "
        "bracketed headings; no date (the case's dates are inside sentences; an edit stamp in relative time)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【案例会诊】暖脚宝漏电致烫伤，商家该担什么责？｜昇衡律师事务所</title>
</head><body>
<div class="lf-top">⟦m 昇衡律师事务所 · 衡平守正⟧ <span>⟦m 全国咨询热线 400-870-3316⟧</span></div>
<ul class="lf-nav"><li>⟦m 律所简介⟧</li><li>⟦m 专业领域⟧</li><li>⟦m 律师团队⟧</li><li>⟦m 案例会诊⟧</li><li>⟦m 联系我们⟧</li></ul>
<div class="lf-art"><h1>{T}</h1>
<p class="lf-meta">⟦m 栏目：消费维权　｜　编辑于 2 周前　｜　阅读 877⟧</p>
<div class="lf-con">
{BODY}
</div>
<p class="lf-copy">⟦d 本文为昇衡律所原创，转载请联系授权并注明来源⟧</p></div>
<div class="lf-card"><p>⟦m 主办律师：卓闻笛 · 执业 11 年⟧</p><p>⟦m 擅长：产品责任 消费维权 人身损害⟧</p><a>⟦a 向卓律师提问⟧</a></div>
<div class="lf-rel"><h4>⟦l 同类案例⟧</h4><p>⟦l 网购电热毯起火，平台要不要赔⟧</p><p>⟦l 超市货架倒塌砸伤顾客的责任划分⟧</p></div>
<div class="lf-float">⟦w 在线律师 · 免费初步评估案情 · 点我开聊⟧</div>
<div class="lf-foot">⟦m 地址：昇岭县滨河路66号金融大厦12楼⟧<br>⟦m 湘ICP备19028813号⟧</div>
<script src="/js/lawchat.min.js" async></script>
</body></html>
""",
        body="""
【案情】2023年12月，昇岭县居民柳女士在一家超市购买了一只充电式暖脚宝。使用不到一个月，暖脚宝在充电时外壳漏电，导致柳女士右脚二度烫伤，花去医疗费6800余元。柳女士要求超市赔偿，超市以“产品是厂家生产的”为由拒绝。
【分析】根据《中华人民共和国产品质量法》和《中华人民共和国民法典》的规定，因产品存在缺陷造成他人损害的，被侵权人可以向产品的生产者请求赔偿，也可以向产品的销售者请求赔偿。销售者赔偿后，属于生产者责任的，有权向生产者追偿。也就是说，超市不能以“不是自己生产的”为由推脱。
【结果】经律师协助，柳女士保留了购物小票、产品实物和就医记录，最终与超市达成调解，获赔医疗费、误工费等共计1.1万元。
【提醒】购买暖脚宝等电器产品，要保留好购物凭证；发生损害后，不要急于丢弃产品，它是证明产品缺陷的关键证据。
""",
    ),
    dict(
        slug="lawfirm-yunzheng-letter-bead-curtain-injury",
        site="喆州澐正律师事务所 (invented)",
        style="律所网站",
        genre="律师函",
        kind="letter",
        form="text",
        source="http://www.yunzhenglaw.cn/wenshu/20250110-03.html",
        title="关于珠帘坠落致顾客受伤一事的律师函",
        record_title="文书公开｜关于珠帘坠落致顾客受伤一事的律师函（函件全文）- 喆州澐正律师事务所",
        date="2025-01-09",
        notes="law firm as text: a lawyer's letter with its own contact line beside the firm's consult line; "
        "成文日期 in Chinese numerals; the firm's name signs the letter (the site name is matched as head/tail)",
        page="""
!m 喆州澐正律师事务所
!m 首页 > 律所文书 > 律师函
{T}
!m 发布：澐正律所　2025-01-10　浏览 309
{BODY}
!w 遇到类似纠纷？预约律师面谈：0731-5562000
!l 延伸阅读：经营场所安全保障义务的边界在哪里
!d 文书已隐去当事人部分信息，仅供参考
!m 喆州澐正律师事务所 版权所有
""",
        date_also=["2025-01-10"],
        body="""
致：彧城区曌园路“拾光民宿”经营者
喆州澐正律师事务所接受易小满女士的委托，指派本所律师就其在贵处受伤一事，向贵方致函如下：
2024年12月21日下午，易小满女士在贵民宿大堂通过门厅珠帘时，珠帘上方的固定挂杆突然脱落，挂杆及珠帘砸中易女士头部，致其头皮裂伤，缝合五针。事发后，贵方仅支付了当日的急诊费用，对后续治疗及误工等损失至今未予处理。
本所律师认为，贵方作为经营场所的管理者，负有安全保障义务。珠帘挂杆固定不牢导致脱落伤人，贵方应依法承担赔偿责任。
请贵方在收到本函之日起十日内，与本所律师联系协商赔偿事宜。逾期未予回复的，本所将依法代理委托人提起诉讼。
联系人：邵知行律师，电话：0731-5562207。
喆州澐正律师事务所
二〇二五年一月九日
""",
    ),
    dict(
        slug="residents-xuguang-foot-warmer-home-checks",
        site="昫光社区居民委员会 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://xuguang.sqfw.cn/gg/20241210-2.html",
        title="关于为辖区独居老人上门检查暖脚宝等取暖电器的通知",
        record_title="【暖冬上门行】关于为辖区独居老人上门检查暖脚宝等取暖电器的通知_昫光社区",
        date="2024-12-10",
        notes="residents' site: weather line, a grid worker's box and a property repair line beside the "
        "community's own duty phone in the body; a sentence about scanning a QR code to sign up (content)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【暖冬上门行】关于为辖区独居老人上门检查暖脚宝等取暖电器的通知_昫光社区</title>
</head><body>
<div class="sq-top">⟦m 昫光社区 · 邻里一家亲⟧　⟦m 今天 阴 3～9℃ 东北风2级⟧</div>
<ul class="sq-nav"><li>⟦m 社区概况⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 便民服务⟧</li><li>⟦m 志愿服务⟧</li></ul>
<div class="sq-art"><h2>{T}</h2>
<p>⟦m 发布人：社区居委会　2024-12-10⟧</p>
<div class="sq-con">
{BODY}
</div></div>
<div class="sq-list"><h4>⟦l 昫光小喇叭⟧</h4><p>⟦l 昫光社区2025年元旦游园活动报名啦⟧</p><p>⟦l 关于小区东门临时封闭施工的告示⟧</p></div>
<div class="sq-grid"><h4>⟦m 我的网格员⟧</h4><p>⟦w 第三网格 许一诺 手机 138 7316 2054（微信同号）⟧</p></div>
<div class="sq-wy">⟦m 物业报修：0731-5541888（24小时）⟧</div>
<div class="sq-foot">⟦m 彧城区昫光社区居民委员会　地址：昫光路18号⟧</div>
<script src="/sq/js/weather-widget.js"></script>
</body></html>
""",
        body="""
各位居民朋友：
为防范冬季用电火灾，保障独居老人取暖安全，社区联合辖区物业公司和志愿者服务队，将于12月14日至12月22日开展“暖脚宝安全检查上门行”活动。现将有关事项通知如下。
一、检查对象。辖区内70岁以上独居老人和有需要的居民家庭。
二、检查内容。检查暖脚宝、电热毯、小太阳等取暖电器的外壳、插头和电源线，查看插座是否过载，讲解安全使用方法。
三、预约方式。有需要的居民可扫描社区公告栏上的二维码登记，也可以关注“昫光社区”微信公众号，在“我要预约”栏目中填写信息，或者直接拨打社区值班电话预约。
四、发现老化、鼓包的暖脚宝，志愿者将帮助登记，由社区统一回收，并免费更换合格产品（数量有限，先到先得）。
社区值班电话：0731-5541203。
昫光社区居民委员会
2024年12月10日
""",
    ),
    dict(
        slug="residents-zhaoyuan-found-camera-bag",
        site="曌园社区网 (invented residents' site)",
        style="社区网站",
        genre="启事",
        kind="notice",
        form="text",
        source="http://www.zhaoyuansq.cn/news/1124-1.html",
        title="关于拾到黑色相机包一只的招领启事",
        record_title="〔招领〕关于拾到黑色相机包一只的招领启事 - 曌园社区网",
        date="2024-11-24",
        notes="residents' site as text: a found-property notice asking readers to forward and share it (content); "
        "the community's service-hall phone in the body; 成文日期",
        page="""
!m 曌园社区网　　今日：晴 6～15℃
!m 首页｜社区公告｜便民信息｜居民议事
{T}
!m 发布于 2024-11-24　阅读 1390
{BODY}
!l 分享到：微信好友　朋友圈　复制链接
!l 上一条：关于12月份燃气安全入户检查的通知
!m 曌园社区居委会　网格服务站电话：0731-5547700
""",
        body="""
11月23日傍晚，社区志愿者在曌园社区中心广场东侧长椅上拾到黑色双肩相机包一只，包内有相机一台、镜头两只及充电器等物品。
请失主携带本人身份证件，并说出相机品牌、镜头型号及包内其他物品特征，到社区服务大厅一楼认领。
认领时间：工作日8:30—17:30。
联系电话：0731-5547720（社区服务大厅）。
也请看到启事的居民帮忙转发分享，让失主早日找回物品。
曌园社区居民委员会
2024年11月24日
""",
    ),
]
