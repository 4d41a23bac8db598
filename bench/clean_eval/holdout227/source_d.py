"""holdout227, part D: county forums, download stations, personnel-exam sites, tender portals, law firms.

Invented text (places, people, firms, sites, URLs, phones); see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="countyforum-xiyang-face-clock-queue-jammer-subject",
        site="舾阳论坛 (invented county forum, Discuz-style)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.xiyang8.com/thread-412205-1-1.html",
        title="厂里新装了人脸考勤机，下班排队打卡要半小时",
        record_title=None,
        date=None,
        notes="county forum: no title in the record (the thread subject); jammer-font junk; weather line, medals, an official-reply link, a decoration ad; 前天 is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk">
<title>厂里新装了人脸考勤机，下班排队打卡要半小时 - 百姓呼声 - 舾阳论坛</title>
<style>.jammer{display:none}</style>
</head><body>
<div id="toptb">⟦m 舾阳论坛 · 舾阳人的网上客厅⟧　⟦m 今日舾阳：多云 14～22℃⟧　<a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div id="pt">⟦m 舾阳论坛 › 百姓呼声 › 正文⟧</div>
<div class="ad">⟦w 旧房翻新、厨卫改造找舾阳匠心装饰，老板电话 139 8363 0417⟧</div>
<table class="plhin"><tr>
<td class="pls"><div>⟦m 夜班的阿灿⟧</div><div>⟦m 勋章：舾阳老乡 · 热心网友⟧</div></td>
<td class="plc"><h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 前天 19:52 | 只看该作者 | 倒序看帖⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="po">⟦a 顶一下(57)　收藏　分享到朋友圈⟧</div></td></tr></table>
<div class="gfhf"><a>⟦l 【转交有关部门】本帖已转交县人社局，点此查看官方回复⟧</a></div>
<div class="reply"><p>⟦l 2楼 老鹰嘴：开发区那几家厂都这样⟧</p><p>⟦l 3楼 云朵儿：排队时间算不算工作时间，坐等懂行的⟧</p></div>
<div id="ft">⟦m 舾阳论坛 版权所有　蜀ICP备15040928号　客服QQ群：7734102⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
我们厂在开发区，四百多号人，上个月把原来的刷卡机换成了人脸考勤机，结果只装了两台。
下班铃一响，门口就排起长队，一个人识别要好几秒，戴眼镜的、戴帽子的还得重新刷，最长的一次我排了二十多分钟。冬天穿得厚，队伍排到了车间里头。
跟车间主任反映过，他说设备是总部统一采购的，多装要打报告。
想问问有没有懂行的，这种情况能不能向劳动部门反映？排队的时间算不算加班？
""",
    ),
    dict(
        slug="countyforum-mengchuan-repost-sealer-repair-notice",
        site="艨川生活网 (invented county forum, text page)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.mengchuanlife.com/forum.php?mod=viewthread&tid=80614",
        title="关于组织食品小作坊免费检修封口机的通知",
        record_title="[搬个通知] 关于组织食品小作坊免费检修封口机的通知（做炒货的赶紧报名） - 便民消息 - 艨川生活网",
        date="2025-05-08",
        date_also=["2025-05-10"],
        notes="county forum repost with junk lines and glued junk; the notice's 咨询电话 in the body; 成文日期 under the signature, the post's date also accepted",
        page="""
!m 艨川生活网 - 艨川本地生活门户
!m 艨川生活网 › 便民消息 › 查看帖子
!t [搬个通知] 关于组织食品小作坊免费检修封口机的通知（做炒货的赶紧报名）
!m 炒货西施阿珍　发表于 2025-5-10 08:17　|　查看 1306　|　回复 12
!m 楼主帮朋友转的，原文贴在市场公告栏
{BODY}
!a 赞一个　｜　收藏　｜　举报
!l 沙发 老街口炒瓜子：上回检修过，师傅手艺可以
!l 板凳 糖炒板栗王：高温布能不能多带两块
!a 想发言？请先登录艨川生活网
!m 艨川生活网　蜀ICP备17052270号-1
""",
        junk=dict(lines=1, glued=2),
        body="""
各食品小作坊经营户：
为消除封口设备安全隐患，提高预包装食品封口质量，塄坪市场监管所联合县包装机械行业协会，组织开展封口机免费检修活动。现将有关事项通知如下。
一、时间：5月15日至5月17日，每天上午8:30至11:30。
二、地点：塄坪镇农贸市场管理办公室门前。
三、检修内容：加热块、温控器、传送带和电源线检查，更换高温布，调试封口温度。
请有需要的经营户携带封口机按时前往，配件按成本价收取。
咨询电话：0836-7351142
塄坪市场监管所
2025年5月8日
""",
    ),
    dict(
        slug="download-wenxiazai-rules-pouch-fileinfo-gb2312",
        site="文匣下载站 (invented, old gb2312 table layout)",
        style="资料下载站",
        genre="制度",
        kind="rules",
        form="html",
        source="http://www.wenxiazai.net/soft/zhidu/2025/17731.html",
        title="单位档案室文件袋使用管理制度",
        record_title="单位档案室文件袋使用管理制度【Word版】高速下载 - 文匣下载站",
        date=None,
        notes="download station: file-info table with a 更新时间 stamp, three mirror links, a dead-link report, an unzip password; rules with 第N条 and an effective clause without a date",
        page="""
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>单位档案室文件袋使用管理制度【Word版】高速下载 - 文匣下载站</title>
<script language="javascript" src="/inc/down.js"></script>
</head><body>
<table width="980" align="center"><tr><td>⟦m 文匣下载站 — 常用文书一匣装⟧</td><td align="right"><a>⟦a 把文匣加入收藏⟧</a></td></tr></table>
<table width="980" align="center"><tr><td>⟦m 当前位置：文匣首页 → 规章制度 → 档案管理⟧</td></tr></table>
<table width="980" align="center" border="1" cellspacing="0" class="softinfo">
<tr><td colspan="2"><b>{T}</b></td></tr>
<tr><td>⟦m 文件大小：27 KB⟧</td><td>⟦m 文件格式：.doc⟧</td></tr>
<tr><td>⟦m 更新时间：2025-04-02 11:09⟧</td><td>⟦m 下载次数：1873⟧</td></tr>
<tr><td>⟦m 授权方式：免费资料⟧</td><td>⟦m 推荐星级：★★★★☆⟧</td></tr>
</table>
<table width="980" align="center"><tr><td class="intro">⟦m 资料简介：⟧</td></tr>
<tr><td>
{BODY}
</td></tr></table>
<table width="980" align="center" class="downlist">
<tr><td>⟦a 文匣本地下载一⟧</td><td>⟦a 电信高速通道⟧</td><td>⟦a 联通备用通道⟧</td></tr>
<tr><td colspan="3">⟦a 解压密码：www.wenxiazai.net⟧</td></tr>
<tr><td colspan="3"><a>⟦a 下不动？点此报告坏链⟧</a></td></tr>
</table>
<table width="980" align="center"><tr><td>⟦l 相关资料：档案借阅登记表.xls　文书档案整理规范.doc⟧</td></tr>
<tr><td>⟦d 文匣资料收集自网络，仅供交流学习，下载后请于24小时内删除⟧</td></tr>
<tr><td>⟦m Copyright 2012-2025 wenxiazai.net　豫ICP备12030866号⟧</td></tr></table>
</body></html>
""",
        body="""
第一条　为规范档案室文件袋的领用、装填和保管，保证档案完整安全，制定本制度。
第二条　档案室统一采购无酸牛皮纸文件袋，各科室不得自行购置其他规格的文件袋存放归档材料。
第三条　每个文件袋只装一个案卷，袋面须填写案卷题名、年度、保管期限和件数，字迹工整。
第四条　文件袋装填以八成满为宜，不得硬塞，袋内文件不得使用回形针、订书钉。
第五条　借阅档案须连同文件袋一并登记，归还时由管理员当面清点。
第六条　破损、受潮的文件袋应及时更换，更换情况记入保管台账。
第七条　本制度由办公室负责解释，自印发之日起执行。
""",
    ),
    dict(
        slug="download-wenxiazai-host-script-counting-contest",
        site="文匣下载站 (invented, text page)",
        style="资料下载站",
        genre="主持词",
        kind="speech",
        form="text",
        source="http://www.wenxiazai.net/soft/zhuchici/2025/18802.html",
        title="银行柜员点钞技能竞赛主持词",
        record_title="银行柜员点钞技能竞赛主持词（男女双主持·开场到闭幕）免费下载 - 文匣下载站",
        date=None,
        notes="download station text page: file-info lines, mirror links; a host script with 男/女/合 lines and a year only inside a sentence (no date)",
        page="""
!m 文匣下载站 — 常用文书一匣装
!m 当前位置：文匣首页 → 主持串词 → 活动主持词
{T}
!m 文件大小：19 KB　|　文件格式：.docx　|　下载次数：642
!m 更新时间：3 天前　|　授权方式：免费资料
{BODY}
!a 【文匣本地下载】　【电信高速通道】　【联通备用通道】
!a 下不动？点此报告坏链
!d 文匣资料收集自网络，仅供交流学习，下载后请于24小时内删除
""",
        body="""
男：尊敬的各位领导、各位评委，
女：亲爱的参赛选手们，
合：大家上午好！
男：指尖飞舞显功夫，分毫不差见真章。
女：今天，我们在这里举行舾阳农商银行2025年柜员点钞技能竞赛。
男：本次竞赛共有来自18个网点的36名选手参加，分为单指单张、多指多张和机具点钞三个项目。
女：首先，让我们用热烈的掌声欢迎行长致开幕辞！
男：比赛到此全部结束，感谢各位选手的精彩表现，也感谢各位评委的辛勤付出。
合：让我们明年再见！
""",
    ),
    dict(
        slug="exam-xiyang-announcement-counting-test-timetable",
        site="舾阳人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.xyrsks.cn/ggtz/2025/1017/2044.html",
        title="2025年舾阳县事业单位公开招聘财务岗位实操测试公告",
        record_title="〖实操测试〗2025年舾阳县事业单位公开招聘财务岗位实操测试公告_舾阳人事考试网",
        date="2025-10-17",
        notes="exam site: maintenance banner, an admission-ticket float, the site's technical line beside the body's 咨询电话; a timetable one row a paragraph; 下载并打印准考证 as content; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>〖实操测试〗2025年舾阳县事业单位公开招聘财务岗位实操测试公告_舾阳人事考试网</title>
<script src="/js/ks.js"></script>
</head><body>
<div class="ks-notice">⟦d 系统将于每周四22:00—24:00例行维护，其间暂停报名及打印业务⟧</div>
<div class="ks-head">⟦m 舾阳人事考试网⟧ <span>⟦m 舾阳县人事考试中心主办⟧</span></div>
<ul class="ks-nav"><li>⟦m 首页⟧</li><li>⟦m 考试公告⟧</li><li>⟦m 报名入口⟧</li><li>⟦m 成绩查询⟧</li></ul>
<div class="ks-crumb">⟦m 首页 &gt;&gt; 考试公告 &gt;&gt; 事业单位招聘⟧</div>
<div class="ks-art"><h1>{T}</h1>
<div class="ks-info">⟦m 发布：舾阳县人事考试中心　阅读：6218 次⟧</div>
<div class="ks-body">
{BODY}
</div></div>
<div class="ks-float"><a>⟦a 准考证打印入口⟧</a> <a>⟦a 考生须知⟧</a></div>
<div class="ks-foot"><p>⟦m 网站技术咨询：0836-5127000（仅限报名系统操作问题）⟧</p><p>⟦m 舾阳县人事考试中心　蜀ICP备16011903号⟧</p></div>
</body></html>
""",
        body="""
根据招聘工作安排，现将财务岗位实操测试有关事项公告如下：
一、测试内容：手工点钞、点钞机操作和假币识别，满分100分。
二、测试安排
日期　时间　岗位
10月25日　8:30—11:30　出纳岗（岗位代码0207）
10月25日　14:30—17:00　会计岗（岗位代码0208）
三、请考生于10月22日至24日登录本网下载并打印准考证，凭准考证和身份证参加测试。
四、考生不得携带点钞机、验钞笔等工具进入考场，测试用点钞机由考点统一提供。
咨询电话：0836-5127763
舾阳县人力资源和社会保障局
2025年10月17日
""",
    ),
    dict(
        slug="exam-bizhou-reminder-review-transparent-pouch",
        site="濞州人事考试网 (invented, text page)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.bzpta.cn/tzgg/20251104/3771.html",
        title="资格复审材料装袋温馨提示",
        record_title="〔复审必看〕资格复审材料装袋温馨提示 - 濞州人事考试网",
        date="2025-11-03",
        date_also=["2025-11-04"],
        notes="exam site text page: numbered list, 下载打印 as content; 成文日期 under the signature, the page's 发布时间 also accepted; an entry float and a technical line",
        page="""
!m 濞州人事考试网　公平 公正 便民
!m 您的位置：首页 ＞ 通知公告
!t 〔复审必看〕资格复审材料装袋温馨提示
!m 发布时间：2025-11-04 09:00　来源：市人事考试中心　浏览：4410
!a 【网上报名入口】　【准考证打印】
{BODY}
!l 上一篇：濞州市2025年下半年事业单位招聘资格复审公告
!m 技术服务电话：0833-2201177（工作日9:00—17:00）
!m 濞州市人事考试中心版权所有　蜀ICP备13026604号
""",
        body="""
各位进入资格复审的考生：
为加快复审进度，请按以下要求准备材料：
1.所有材料统一装入一个A4透明文件袋，袋面贴上写有姓名、岗位代码和准考证号的标签。
2.材料按身份证、毕业证、学位证、报名表、其他证明的顺序排列，原件和复印件分开放置。
3.报名表请在报名系统中下载打印，本人签名后装袋。
4.文件袋请勿使用拉链袋或带金属扣的款式，以便工作人员快速查阅。
复审时间和地点详见《资格复审公告》。
濞州市人事考试中心
2025年11月3日
""",
    ),
    dict(
        slug="tender-mengchuan-inquiry-face-clocks-lots",
        site="艨川县公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://ggzy.mengchuan.gov.cn/jyxx/zfcg/xjgg/20251112/9031.html",
        title="艨川县机关事务服务中心人脸识别考勤机采购项目询价公告",
        record_title="【询价·货物类】艨川县机关事务服务中心人脸识别考勤机采购项目询价公告 - 艨川县公共资源交易网",
        date="2025-11-12",
        notes="tender portal: countdown, CA and trading-system lines beside purchaser and agency contacts; a lots table; 附件 line beside an attachment download link; a deadline date inside the text; 公告 date under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【询价·货物类】艨川县机关事务服务中心人脸识别考勤机采购项目询价公告 - 艨川县公共资源交易网</title>
<script src="/js/countdown.js"></script>
</head><body>
<div class="jy-head">⟦m 艨川县公共资源交易网⟧ <a>⟦a 主体登录⟧</a> <a>⟦a 投标人注册⟧</a></div>
<ul class="jy-nav"><li>⟦m 交易信息⟧</li><li>⟦m 政府采购⟧</li><li>⟦m 工程建设⟧</li><li>⟦m 服务指南⟧</li></ul>
<div class="jy-crumb">⟦m 交易信息 ＞ 政府采购 ＞ 询价公告⟧</div>
<div class="jy-art"><h2>{T}</h2>
<div class="jy-info">⟦m 信息来源：艨川县机关事务服务中心　浏览次数：503⟧</div>
<div class="jy-count">⟦m 距报价截止还有：07天06时12分⟧</div>
<div class="jy-body">
{BODY}
</div>
<div class="jy-att"><a>⟦a 📎 询价文件（MCJG-2025-0931）.zip　点击下载⟧</a></div></div>
<div class="jy-foot"><p>⟦m CA数字证书办理及咨询：0836-7701166⟧</p><p>⟦m 电子交易系统故障报修：0836-7701188⟧</p><p>⟦m 艨川县公共资源交易中心　蜀ICP备18020044号⟧</p></div>
</body></html>
""",
        body="""
一、项目编号：MCJG-2025-0931
二、采购内容
包号　货物名称　数量　最高限价
1　人脸识别考勤机　36台　5.4万元
2　考勤管理软件　1套　1.8万元
三、供应商须具备独立承担民事责任的能力，并于2025年11月20日17:00前递交报价文件。
四、联系方式
采购人：艨川县机关事务服务中心　联系人：邹先生　电话：0836-7705213
代理机构：濞州承远招标代理有限公司　联系人：谭女士　电话：0836-2218846
附件：1.询价文件　2.报价函格式
艨川县机关事务服务中心
2025年11月12日
""",
    ),
    dict(
        slug="tender-xiyang-bid-result-label-printers-record-date",
        site="舾阳阳光采购平台 (invented, text page)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://cg.xiyang-yg.cn/zbjg/2025/0702/1510.html",
        title="舾阳县邮政分公司热敏标签机采购项目中标结果公告",
        record_title="〔中标结果·公示中〕舾阳县邮政分公司热敏标签机采购项目中标结果公告 · 舾阳阳光采购平台",
        record_date="2025-07-02",
        date="2025-07-02",
        notes="bid result: a results table; purchaser's contact beside the platform hotline; date from the record",
        page="""
!m 舾阳阳光采购平台　|　阳光采购　廉洁高效
!m 首页 » 采购公告 » 结果公告
!t 〔中标结果·公示中〕舾阳县邮政分公司热敏标签机采购项目中标结果公告
!m 公告类型：中标结果　所属行业：办公设备　浏览：277
{BODY}
!a 〖收藏本公告〗〖分享〗〖打印〗
!m 平台客服热线：400-870-3315（工作日）
!m 舾阳阳光采购平台　蜀ICP备21003378号-1
""",
        body="""
一、项目编号：XYYZ-CG-2025-018
二、中标结果
包号　中标供应商　中标金额
1　濞州联码科技有限公司　8.76万元
2　艨川速印办公设备商行　3.12万元
三、公示期：自本公告发布之日起1个工作日。
四、对本结果有异议的，可在公示期内以书面形式向采购人提出。
采购人联系人：倪先生　电话：0836-5102236
舾阳县邮政分公司
2025年7月2日
""",
    ),
    dict(
        slug="lawfirm-mingzhou-case-sealer-burn-html",
        site="鸣舟律师事务所 (invented)",
        style="律所网站",
        genre="案例分析",
        kind="other",
        form="html",
        source="https://www.mingzhoulaw.cn/anli/2025/0611.html",
        title="网购封口机烫伤了手，商家要不要担责？",
        record_title="律师拆案｜网购封口机烫伤了手，商家要不要担责？ - 鸣舟律师事务所",
        date=None,
        notes="law firm: lawyer card, consult float, a 400 line, a repost notice and a 本文地址 block; a case note with 【案情】/【分析】/【建议】 and no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>律师拆案｜网购封口机烫伤了手，商家要不要担责？ - 鸣舟律师事务所</title>
<script src="/js/kefu.js"></script>
</head><body>
<div class="lf-top">⟦m 鸣舟律师事务所⟧ <span>⟦m 专注消费维权与产品责任纠纷⟧</span> <span>⟦m 法律咨询热线 400-855-1290⟧</span></div>
<ul class="lf-nav"><li>⟦m 律所简介⟧</li><li>⟦m 专业领域⟧</li><li>⟦m 律师团队⟧</li><li>⟦m 以案说法⟧</li></ul>
<div class="lf-crumb">⟦m 首页 / 以案说法 / 消费维权⟧</div>
<div class="lf-art"><h1>{T}</h1>
<div class="lf-info">⟦m 作者：苏闻道律师　阅读 1,127⟧</div>
<div class="lf-body">
{BODY}
</div>
<div class="lf-url">⟦m 本文地址：https://www.mingzhoulaw.cn/anli/2025/0611.html⟧</div>
<div class="lf-copy">⟦d 本文为鸣舟律师原创，转载请保留作者及出处，不构成对具体案件的法律意见⟧</div></div>
<div class="lf-card"><p>⟦m 苏闻道　专职律师　执业12年⟧</p><p>⟦w 扫码加苏律师微信，免费初步评估⟧</p></div>
<div class="lf-float"><a>⟦w 在线咨询（律师实时回复）⟧</a></div>
<div class="lf-foot">⟦m 鸣舟律师事务所　地址：艨川县城关镇鸣舟大厦11楼　蜀ICP备19027741号⟧</div>
</body></html>
""",
        body="""
【案情】张女士在网上买了一台手压式封口机，使用时加热条突然脱落，烫伤了右手两根手指，花去医药费两千余元。商家以“使用不当”为由拒绝赔偿。
【分析】根据产品质量法，因产品存在缺陷造成他人人身损害的，生产者应当承担赔偿责任，受害人也可以向销售者要求赔偿。本案中，加热条在正常使用中脱落，属于产品缺陷的可能性较大。
【建议】消费者遇到类似情况，应保存好购买记录、产品实物和就医票据，先与商家协商，协商不成可向市场监管部门投诉或提起诉讼。
""",
    ),
    dict(
        slug="lawfirm-mingzhou-letter-label-printer-design-record-title",
        site="鸣舟律师事务所 (invented, text page)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="https://www.mingzhoulaw.cn/wenshu/2025/1010.html",
        title="关于贵司涉嫌侵犯“速贴”标签机外观设计专利的律师函",
        date="2025-10-10",
        notes="title given by the record as is; a lawyer's letter with ×× in a patent number and 成文日期 in Chinese numerals; the firm's hotline and a consult prompt around",
        page="""
!m 鸣舟律师事务所　　法律咨询热线 400-855-1290
!m 首页 / 文书范例 / 律师函
{T}
!m 整理：鸣舟知识产权部　阅读 342
{BODY}
!w 需要起草律师函？留言或拨打热线，当天回电
!l 相关文书：商标侵权警告函　|　催告履行合同律师函
!d 文书范例已隐去当事人信息，仅供参考。
!m 鸣舟律师事务所　蜀ICP备19027741号
""",
        body="""
濞州某某电子有限公司：
本所接受艨川联码科技有限公司（以下简称“委托人”）委托，就贵司生产、销售的标签机涉嫌侵犯委托人外观设计专利一事，郑重致函如下：
委托人系“速贴”系列便携式标签机外观设计专利的专利权人，专利号为ZL2023300××××××.×。经比对，贵司在电商平台销售的同类标签机与上述专利外观近似。
请贵司自收到本函之日起十日内停止生产、销售侵权产品，并与本所联系。
艨川县鸣舟律师事务所
律师：苏闻道
二〇二五年十月十日
""",
    ),
]
