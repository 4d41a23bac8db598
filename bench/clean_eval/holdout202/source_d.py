"""holdout202, part D: local forums, download stations, personnel-exam sites, tender portals and
law firms. Every page, place, person, firm, site, URL and number here is invented; see
../README.md and ../build.py for the markup. Written by hand, one case at a time."""

CASES = [
    dict(
        slug="localforum-kechuan-bbq-exhaust-thread-subject",
        site="缂川在线·城关论坛 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.kechuanzx.example.com/thread-215508-1-1.html",
        title="楼下饭店油烟机排风口正对我家窗户，找谁管用？",
        record_title=None,
        date=None,
        notes="no record title: the thread subject; a weather line, medals, jammer fonts, a decoration ad with a phone, an official 'handed over' link and a relative post time (no date)",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="gbk"><title>楼下饭店油烟机排风口正对我家窗户，找谁管用？ - 城关杂谈 - 缂川在线</title>
<style>.jammer{display:none}</style><script src="/static/js/forum.js"></script>
</head><body>
<div id="hd"><span>⟦m 缂川在线 · 城关论坛⟧</span>　<span>⟦m 今日缂川：多云 24～31℃ 东南风2级⟧</span>　<a>⟦a 登录 ‖ 注册新账号⟧</a></div>
<div id="pt">⟦m 缂川在线 › 城关论坛 › 城关杂谈⟧</div>
<div class="ad-top">⟦w 老房翻新找安居装饰，免费上门量房 0717-6288105⟧</div>
<table class="plhin"><tr><td class="pls">
<p>⟦m 窗外的梧桐⟧</p><p>⟦m 勋章：热心网友　城关老住户⟧</p><p>⟦m 帖子 86　威望 12⟧</p>
</td><td class="plc">
<h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 昨天 21:47　｜　查看: 3620　｜　回复: 41⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="gov-reply">⟦l 【民声直通】本帖已转交城关镇，点此查看办理进度⟧</div>
<div class="po">⟦a 支持 12　反对 0　分享　举报⟧</div>
</td></tr></table>
<div class="reply">⟦l 2楼　城关老王：烧烤店这种，一般找生态环境分局，12345也行⟧</div>
<div id="ft">⟦m 缂川在线 版权所有 湘ICP备14033082号⟧</div>
</body></html>
""",
        body="""
家住缂川县城关镇缨桥社区老粮站宿舍三楼，楼下今年五月新开了一家烧烤店，油烟机的排风口就装在我家卧室窗户下面不到两米的地方。
每天从下午四点到夜里一点，油烟顺着墙往上冒，窗户根本不敢开，晾在阳台的衣服都是一股烧烤味。孩子今年高考，晚上学习只能关窗开空调。
我找店老板说过两次，他说排风口是按装修公司的设计装的，改不了。打过一次12345，说已经转给街道了，到现在没人来看。
想问问论坛里的朋友，这种情况到底该找环保、城管还是市场监管？有类似经历、最后解决了的，麻烦指点一下，谢谢！
""",
    ),
    dict(
        slug="localforum-xiaoyang-dehumidifier-capacity-junk",
        site="绡阳论坛 (invented city forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://www.xiaoyangbbs.example.cn/t/558207",
        title="用了两年除湿机，说说除湿量怎么选",
        record_title="[回南天] 用了两年除湿机，说说除湿量怎么选 - 生活杂谈 - 绡阳论坛",
        date=None,
        notes="a city forum post in text: anti-scraping junk lines and glued junk; a board tag and suffixes in the title; a relative post time (no date); a reply-to-see-contact prompt and replies",
        junk=dict(lines=2, glued=2),
        page="""
!m 绡阳论坛 › 生活杂谈 › 帖子详情
!t [回南天] 用了两年除湿机，说说除湿量怎么选
!m 阿桂叔　发表于 4 天前　只看该作者
!m 查看: 2031 | 回复: 28
{BODY}
!a 回帖后可见作者联系方式
!l 1#　榕树下：干货！我家也是接了排水管
!l 2#　小马哥：二十升的多少钱买的？
!m 绡阳论坛 · 绡阳人的网上家园
""",
        body="""
绡阳一到三月墙上就冒水，地砖滑得能溜冰。前年咬牙买了台除湿机，用了两年，说点实际感受。
一、除湿量看面积。说明书上写的“日除湿量”是实验室条件下测的，实际要打折扣。我家九十平方米，买的是日除湿二十升的，回南天开一天能抽出七八升水，够用。
二、水箱要大，能接管最好。水箱小的半天就满，满了就停机。我后来接了根软管通到地漏，省心多了。
三、噪声别忽视。放卧室的话最好选五十分贝以下的，不然晚上睡不着。
四、关门关窗再开机。开着窗除湿，那是给整个小区除湿。
最后提醒一句，电费不便宜，回南天那个月我家电费多了六十来块。
""",
    ),
    dict(
        slug="download-lvye-rules-goggle-lending-doc-gb2312",
        site="绿叶资料站 (invented, old gb2312 download station)",
        style="资料下载站",
        genre="制度",
        kind="rules",
        form="html",
        source="http://www.lvyezlz.example.com/soft/zhidu/20250702/48211.html",
        title="缬山县游泳馆泳镜借用管理规定",
        record_title="缬山县游泳馆泳镜借用管理规定.doc",
        date=None,
        notes="a download station's file-info table (size, format, update stamp, downloads), three mirror links, an unzip password, a dead-link report and a floating ad; 第N条 articles with an effective clause only (no date); file-name title",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>缬山县游泳馆泳镜借用管理规定.doc - 绿叶资料站</title>
<script language="javascript" src="/js/float_ad.js"></script>
</head><body>
<table width="960" align="center"><tr><td>⟦m 绿叶资料站⟧　⟦m 海量文档资料免费下载⟧</td><td align="right">⟦a 设为首页⟧ ⟦a 加入收藏⟧</td></tr></table>
<table width="960" align="center" class="nav"><tr><td>⟦m 首页 | 规章制度 | 合同范本 | 表格下载 | 教案课件 | 论文资料⟧</td></tr></table>
<table width="960" align="center"><tr><td>⟦m 当前位置：绿叶资料站 → 规章制度 → 文体场馆⟧</td></tr></table>
<table width="960" align="center" border="1" class="info">
<tr><td colspan="2"><h1>⟦t 缬山县游泳馆泳镜借用管理规定.doc⟧</h1></td></tr>
<tr><td>⟦m 文件大小：32 KB⟧</td><td>⟦m 文件格式：.doc⟧</td></tr>
<tr><td>⟦m 更新时间：2025-07-02⟧</td><td>⟦m 下载次数：517⟧</td></tr>
<tr><td>⟦m 运行环境：WPS / Office⟧</td><td>⟦m 资料评分：★★★★☆⟧</td></tr>
</table>
<table width="960" align="center"><tr><td class="preview">
<div class="ptitle">⟦m 资料预览（以下为文档前几页内容）⟧</div>
{BODY}
</td></tr></table>
<table width="960" align="center" class="down"><tr>
<td>⟦a 电信线路下载⟧</td><td>⟦a 联通线路下载⟧</td><td>⟦a 本站高速下载⟧</td></tr>
<tr><td colspan="3">⟦m 解压密码：www.lvyezlz.com⟧　⟦a 下载失效？点此报告死链⟧</td></tr></table>
<div id="float_r" style="position:absolute;right:5px;top:300px">⟦w 代写规章制度 加微信 lvye_xz⟧</div>
<table width="960" align="center"><tr><td align="center">⟦d 本站资料由网友收集整理，仅供学习交流，请勿用于商业用途⟧<br>⟦m Copyright 2008-2025 绿叶资料站 粤ICP备09071152号⟧</td></tr></table>
</body></html>
""",
        body="""
第一条　为方便游泳者临时借用泳镜，保障借用泳镜的卫生安全，制定本规定。
第二条　本馆服务台备有成人、儿童泳镜各五十副，供购票入场的游泳者借用，不收取费用。
第三条　借用泳镜须出示入场票，并以身份证或校园卡作押，离馆前归还后退还证件。
第四条　借用的泳镜每次归还后，由服务台工作人员用清水冲洗，放入消毒柜消毒三十分钟，晾干后方可再次借出。
第五条　患有红眼病等眼部传染性疾病者不得借用泳镜。
第六条　借用者应爱护泳镜，人为损坏或遗失的，按成本价赔偿。
第七条　本规定自2025年6月1日起施行。
""",
    ),
    dict(
        slug="download-sucaicang-contract-metronome-blanks-markers",
        site="素材仓 (invented download site)",
        style="资料下载站",
        genre="合同范本",
        kind="template",
        form="text",
        source="https://www.sucaicang.example.com/hetong/maimai/66120.html",
        title="节拍器采购合同",
        record_title="节拍器采购合同（标准范本）下载 - 素材仓",
        date=None,
        notes="a contract template in text cut by ⭑n⭑ page markers glued (with a space) to the continuation; ＿＿ blanks, ×× placeholders, 第N条 and ＿＿年＿＿月＿＿日 blanks (no date); an update stamp 2 周前 (no date)",
        pages=dict(fmt="⭑{n}⭑", every=150, start=2, glue=True, sep=" "),
        page="""
!m 素材仓 — 合同·表格·范本 免费下载
!m 当前：首页 » 合同范本 » 买卖合同
!t 节拍器采购合同（范本）
!m 资源类型：DOCX　大小：19 KB　授权：免费　更新：2 周前
!a ▶ 高速下载　▶ 普通下载
{BODY}
!m 解压密码：sucaicang
!d 资源均来自网友分享，仅供学习研究，下载后请于24小时内删除
!l 同类范本：乐器买卖合同｜钢琴租赁合同
""",
        body="""
采购方（甲方）：＿＿＿＿＿＿＿＿
供货方（乙方）：＿＿＿＿＿＿＿＿
根据《中华人民共和国民法典》及有关规定，甲乙双方经协商一致，就甲方向乙方采购节拍器事宜订立本合同。
第一条　产品名称、型号、数量：××型电子节拍器＿＿台，××型机械节拍器＿＿台，单价及总价见附表。
第二条　质量要求：产品应符合国家相关标准及乙方公布的技术参数，机械节拍器走时误差不超过百分之一。
第三条　交货时间及地点：乙方应于＿＿年＿＿月＿＿日前将货物送至甲方指定地点，运费由乙方承担。
第四条　验收：甲方应在收货后五个工作日内验收，有异议的应书面通知乙方。
第五条　付款方式：验收合格后十五日内，甲方一次性支付全部货款。
第六条　违约责任：乙方逾期交货的，每逾期一日按货款总额的千分之三支付违约金。
甲方（盖章）：＿＿＿＿　　乙方（盖章）：＿＿＿＿
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="exam-kechuan-auxpolice-treadmill-ticket",
        site="缂川县人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://rsks.kechuan.example.gov.cn/kwtz/2025/1011/1732.html",
        title="关于2025年缂川县公开招聘辅警体能测评有关事项的通知",
        record_title="关于2025年缂川县公开招聘辅警体能测评有关事项的通知_考务通知_缂川县人事考试网",
        date="2025-10-10",
        date_also=["2025-10-11"],
        notes="a personnel-exam site: a maintenance banner, an admission-ticket float, the police bureau's 咨询电话 in the body beside the site's technical line; downloading and printing the ticket is content; posting date a day after the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于2025年缂川县公开招聘辅警体能测评有关事项的通知_考务通知_缂川县人事考试网</title>
<script src="/js/exam-site.js"></script>
</head><body>
<div class="notice-bar">⟦d 报名系统将于10月12日22:00至24:00停机升级，届时暂停访问⟧</div>
<div class="top"><h2>⟦m 缂川县人事考试网⟧</h2><span>⟦m 公平　公正　高效　便民⟧</span></div>
<ul class="nav"><li>⟦m 网站首页⟧</li><li>⟦m 考务通知⟧</li><li>⟦m 成绩查询⟧</li><li>⟦m 政策法规⟧</li><li>⟦m 下载专区⟧</li></ul>
<div class="weizhi">⟦m 当前位置：首页 - 考务通知⟧</div>
<div class="detail"><h1>{T}</h1>
<div class="src">⟦m 发布时间：2025-10-11　信息来源：县公安局政治处　浏览：9632⟧</div>
<div class="txt">
{BODY}
</div></div>
<div class="float-ticket" style="position:fixed;right:10px;bottom:120px">⟦a 准考证打印入口 ›⟧</div>
<div class="footer"><p>⟦m 主办：缂川县人力资源和社会保障局⟧</p>
<p>⟦m 网站技术支持：0717-6259900（仅受理报名系统操作问题）⟧</p><p>⟦m 湘ICP备05001173号-3⟧</p></div>
</body></html>
""",
        body="""
各位考生：
2025年缂川县公开招聘辅警笔试成绩已公布，现将体能测评有关事项通知如下：
一、测评时间：2025年10月18日至19日，每天上午8:00开始。
二、测评地点：缂川县全民健身中心室内田径馆。
三、测评项目：10米×4往返跑、纵跳摸高和1000米跑。1000米跑在跑步机上进行，跑步机速度由考生自行调节，以完成时间计成绩。
四、考生须于10月15日9:00起登录本网站下载并打印体能测评准考证，测评当天凭准考证和身份证入场。
五、考生须穿运动服、运动鞋，禁止穿钉鞋，测评前请做好热身。
咨询电话：县公安局政治处　0717-6251409
缂川县公安局
2025年10月10日
""",
    ),
    dict(
        slug="exam-jianshui-lifeguard-recruitment-goggles",
        site="缣水人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.jsrsks.example.cn/zpgg/sydw/2025/0506/417.html",
        title="缣水县游泳馆2025年公开招聘救生员公告",
        record_title="【岗位招聘】缣水县游泳馆2025年公开招聘救生员公告",
        date="2025-05-06",
        notes="a personnel-exam page in text: a column bracket title; the pool's 咨询电话 in the body beside the site's technical line; a form-download row; the signature date",
        page="""
!m 缣水人事考试信息网
!m 首页 >> 招聘公告 >> 事业单位
!t 【岗位招聘】缣水县游泳馆2025年公开招聘救生员公告
!m 信息来源：县游泳馆　发布：2025-05-06　浏览量：2207
{BODY}
!a 报名表下载　｜　打印此页
!m 网站技术咨询：0718-5560021（仅受理网站使用问题）
!m 缣水县人力资源考试服务中心 版权所有
""",
        body="""
因工作需要，缣水县游泳馆面向社会公开招聘救生员4名，现将有关事项公告如下。
一、报考条件：年龄18至40周岁，身体健康，持有有效的游泳救生员国家职业资格证书。
二、报名时间：2025年5月12日至5月16日，报名地点为县游泳馆一楼办公室。
三、考核方式：技能测试和面试。技能测试包括200米自由泳、水中救护和心肺复苏，考生须自备泳衣、泳帽和泳镜，测试时不得佩戴脚蹼。
四、待遇：签订劳动合同，月工资3800元起，缴纳社会保险和住房公积金。
咨询电话：0718-5561733
缣水县游泳馆
2025年5月6日
""",
    ),
    dict(
        slug="tender-jianshui-dehumidifier-award-lots",
        site="缣水县公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.jianshui.example.gov.cn/jyxx/zfcg/jggs/20250805/88104.html",
        title="缣水县档案馆除湿设备采购项目中标结果公告",
        record_title="缣水县档案馆除湿设备采购项目中标结果公告-结果公示-缣水县公共资源交易网",
        record_date="2025-08-05",
        date="2025-08-05",
        notes="a tender portal: lot table one row a paragraph, purchaser and agency contacts in the body beside the CA and trading-system lines; an attachment link; the record gives the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>缣水县档案馆除湿设备采购项目中标结果公告-结果公示-缣水县公共资源交易网</title>
<script src="/static/js/ggzy.js"></script>
</head><body>
<div class="g-head"><h2>⟦m 缣水县公共资源交易网⟧</h2><a>⟦a 主体登录⟧</a> <a>⟦a 主体注册⟧</a></div>
<ul class="g-nav"><li>⟦m 首页⟧</li><li>⟦m 交易信息⟧</li><li>⟦m 政策法规⟧</li><li>⟦m 服务指南⟧</li><li>⟦m 信用信息⟧</li></ul>
<div class="g-pos">⟦m 交易信息 › 政府采购 › 结果公示⟧</div>
<div class="g-art"><h1>{T}</h1>
<div class="g-meta">⟦m 信息时间：2025-08-05　阅读次数：318⟧</div>
<div class="g-body">
{BODY}
</div>
<div class="g-att">⟦a 相关附件：中标通知书（公示版）.pdf⟧</div></div>
<div class="g-side"><p>⟦m CA证书办理咨询：0718-5590110⟧</p><p>⟦m 电子交易系统技术支持：400-993-1288⟧</p></div>
<div class="g-foot">⟦m 缣水县公共资源交易中心　版权所有⟧</div>
</body></html>
""",
        body="""
一、项目编号：XSCG-2025-0316
二、项目名称：缣水县档案馆除湿设备采购项目
三、中标信息
包号　货物名称　数量　中标供应商　中标金额（元）
1　恒湿除湿机　8台　绡阳市润燥环境科技有限公司　236800
2　移动式工业除湿机　4台　纻溪县安湿机电设备有限公司　67600
四、评审专家：刘广平、孟秋实、戴云峰
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：缣水县档案馆　联系人：钟丽萍　电话：0718-5526031
代理机构：绡阳诚信招标咨询有限公司　联系人：彭海　电话：0718-5598412
""",
    ),
    dict(
        slug="tender-kechuan-inquiry-school-range-hoods",
        site="缂川县政府采购信息网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zfcg.kechuan.example.gov.cn/xjgg/2025/0728/5531.html",
        title="缨桥小学食堂吸油烟机更换项目询价公告",
        date="2025-07-28",
        notes="record title as is; an inquiry notice in text: items table one row a paragraph, the school's contact beside the platform's service and CA lines; scanning to download the inquiry file is content; a countdown line",
        page="""
!m 缂川县政府采购信息网
!m 采购公告 / 询价公告
{T}
!m 发布：2025-07-28　项目编号：KC-XJ-2025-112
!m 距报价截止还有 6 天 14 小时
{BODY}
!m 平台客服：400-860-7311
!m CA数字证书服务热线：0717-6200189
!a 我要报价　｜　收藏项目
""",
        body="""
缨桥小学食堂吸油烟机更换项目已具备采购条件，现采用询价方式进行采购，欢迎符合条件的供应商参加。
一、采购内容
序号　名称　规格要求　数量
1　商用吸油烟机　不锈钢，排风量不小于3000立方米/小时　2台
2　油烟净化器　静电式，净化效率不低于百分之九十　1台
3　排烟管道改造　含拆除及安装　1项
二、预算金额：4.6万元。
三、报价截止时间：2025年8月4日17:00，供应商须扫码下载询价文件，并按要求密封报价。
四、联系方式
采购人：缂川县城关镇缨桥小学　联系人：饶老师　电话：0717-6237725
缂川县城关镇缨桥小学
2025年7月28日
""",
    ),
    dict(
        slug="lawfirm-hengping-case-range-hood-leak",
        site="缬山衡平律师事务所 (invented)",
        style="律所网站",
        genre="案例",
        kind="other",
        form="html",
        source="https://www.hengpinglaw.example.cn/yasf/2025/0904/211.html",
        title="油烟机安装后漏油，商家要不要担责？",
        record_title="说案释法｜油烟机安装后漏油，商家要不要担责？-缬山衡平律师事务所",
        date=None,
        notes="a law firm's case note: a lawyer card, a consult float and a 400 line, a page-address block and a repost notice; 【案情】【分析】 sections; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>说案释法｜油烟机安装后漏油，商家要不要担责？-缬山衡平律师事务所</title>
<script src="/js/hp.js"></script>
</head><body>
<div class="hp-top"><span>⟦m 缬山衡平律师事务所⟧</span><span>⟦m 衡平为本　尽责为先⟧</span><span>⟦w 全国服务热线 400-667-1950⟧</span></div>
<ul class="hp-nav"><li>⟦m 首页⟧</li><li>⟦m 律所简介⟧</li><li>⟦m 专业领域⟧</li><li>⟦m 说案释法⟧</li><li>⟦m 联系我们⟧</li></ul>
<div class="hp-art"><h1>{T}</h1>
<p class="hp-meta">⟦m 栏目：说案释法　浏览：1509⟧</p>
<div class="hp-body">
{BODY}
</div>
<div class="hp-url">⟦m 本页地址：https://www.hengpinglaw.example.cn/yasf/2025/0904/211.html⟧</div>
<p>⟦d 本文为衡平所原创普法内容，转载请注明出处并保持内容完整⟧</p></div>
<div class="hp-card"><p>⟦m 主办律师：庞晓岚⟧</p><p>⟦m 擅长：消费维权、合同纠纷⟧</p><p>⟦w 一对一咨询：159 7310 2261⟧</p></div>
<div class="hp-float">⟦w 免费咨询⟧<br>⟦w 在线留言⟧</div>
<div class="hp-foot">⟦m 地址：缬山县府前街18号金鼎大厦9楼　湘ICP备19011472号⟧</div>
</body></html>
""",
        body="""
【案情】王女士在某电器店购买一台吸油烟机，由商家安排师傅上门安装。使用不到两个月，油烟机边缘开始往灶台上滴油，王女士多次联系商家，对方称是“正常现象”，拒绝退换。
【分析】根据民法典和消费者权益保护法的规定，经营者提供的商品应当具备应有的使用性能。吸油烟机在正常使用中出现漏油，如系产品质量或安装不当造成，负责安装的销售者应当承担修理、更换或者退货的责任。
【结果】经当地消费者协会调解，商家同意为王女士免费更换同型号产品，并重新安装。
【律师提示】购买家电时应保存好发票、安装单等凭证；协商不成的，可向消费者协会投诉或向人民法院起诉。
""",
    ),
    dict(
        slug="lawfirm-mingli-answer-treadmill-fall-oneline",
        site="纻溪明理律师事务所 (invented)",
        style="律所网站",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.minglilaw.example.com/answer/xfwq/1377.html",
        title="在健身房跑步机上摔伤，健身房要赔吗？",
        record_title="【律师解答】在健身房跑步机上摔伤，健身房要赔吗？ - 纻溪明理律师事务所",
        date=None,
        notes="a law firm's answer page in text, the whole answer on one line; a lawyer line with a licence number, a 400 consult line, a disclaimer and a similar-question link; no date",
        oneline=True,
        indent="\u3000\u3000",
        page="""
!m 纻溪明理律师事务所 — 专业·诚信·高效
!m 首页 / 律师解答 / 消费维权
!t 【律师解答】在健身房跑步机上摔伤，健身房要赔吗？
!m 解答律师：詹文博　执业证号：14312202110487　浏览：653
{BODY}
!w 法律咨询热线 400-062-8810（免费初步咨询）
!d 以上解答仅供参考，具体案件请携带材料到所面谈
!l 类似问题：游泳馆滑倒受伤如何索赔？
""",
        body="""
问：我在一家健身房办了年卡，上个月在跑步机上跑步时跑带突然加速，我没站稳摔了下来，手腕骨折。健身房说我签过免责声明，受伤自负，这样对吗？
答：健身房的说法不能成立。
第一，健身房作为经营场所的管理者，负有安全保障义务，应当保证跑步机等设备处于安全状态。跑带突然加速如果是设备故障造成的，健身房应当承担赔偿责任。
第二，格式条款中“受伤自负”之类的约定，不合理地免除了经营者的责任，依法无效。
第三，如果您自身也有过错，比如未系安全夹、穿拖鞋上机，可以适当减轻健身房的责任。
建议您尽快调取现场监控，保存病历和票据，先与健身房协商，协商不成可以向法院起诉。
""",
    ),
]
