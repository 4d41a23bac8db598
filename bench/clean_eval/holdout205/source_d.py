"""holdout205, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站. Written by hand;
every site, place, person, firm, number and URL is invented. See ../README.md and ../build.py."""

CASES = [
    dict(
        slug="localforum-juexi-induction-landlord-jammer",
        site="桷溪在线论坛 (invented, county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.juexizx.com/thread-1930277-1-1.html",
        title="出租屋里用电磁炉被房东说了，大家评评理",
        record_title="[家长里短] 出租屋里用电磁炉被房东说了，大家评评理 - 桷溪在线论坛",
        date=None,
        notes="county forum: weather line, medals, a decoration ad with a QQ, an official-reply link, jammer fonts in the post; 发表于 5 天前 is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>[家长里短] 出租屋里用电磁炉被房东说了，大家评评理 - 桷溪在线论坛</title>
<style>.jammer{display:none}</style>
</head>
<body>
<div id="qmenu">⟦m 桷溪在线论坛⟧ ⟦m 桷溪人的网上家园⟧ ⟦m 今日桷溪：多云 9～17℃⟧</div>
<div id="nv">⟦m 首页⟧ ⟦m 家长里短⟧ ⟦m 扃口茶馆⟧ ⟦m 房产租售⟧ ⟦m 便民信息⟧</div>
<div id="pt">⟦m 桷溪在线论坛 › 桷溪社区 › 家长里短⟧</div>
<div class="ad">⟦w 装修找桷溪匠心家装，免费量房，QQ：3107745612⟧</div>
<table class="plhin">
<tr><td class="pls">⟦m 扃口打工人⟧<br>⟦m 勋章：新人报到 热心网友⟧</td>
<td class="plc">
<h1><span id="thread_subject">{T}</span></h1>
<div class="pi">⟦m 楼主　发表于 5 天前　只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="pob">⟦a 点评 回复 支持(12) 反对(0)⟧</div>
</td></tr>
</table>
<div class="official">⟦l 本帖已转交县住建局物业科，点此查看官方回复⟧</div>
<div class="reply">⟦l 2楼 楔子匠：换独立线路是正道，房东一般都会同意⟧</div>
<div class="reply">⟦l 3楼 老桷溪：线路老化的房子真不敢乱用大功率电器⟧</div>
<div id="f_pst">⟦a 发帖前请先登录，游客只能浏览⟧</div>
<div id="ft">⟦m 桷溪在线论坛　湘ICP备12031788号　客服：0736-8810566⟧</div>
</body>
</html>
""",
        junk=dict(lines=1, glued=2),
        body="""
我在扃口镇租了个单间，房东不让用燃气，我就买了个电磁炉煮面。昨天房东上门看见了，说电磁炉太费电、容易起火，让我别用了。
我觉得挺委屈：电磁炉没有明火，比燃气安全多了吧？而且电费是我自己交的，按表走，一度也没少给。
后来我问了在电器店上班的朋友，他说电磁炉本身不危险，危险的是老房子的线路。我这屋插座是十几年前的，电磁炉两千瓦，和热水器一起开，电线确实会发烫。
现在我的打算是：跟房东商量，我出钱请电工把厨房插座换成单独的16安线路，电磁炉只在这个插座上用。大家觉得这样房东能同意吗？
""",
    ),
    dict(
        slug="localforum-fangcheng-lunchbox-buyers-subject-junk",
        site="枋城在线·庑湖版 (invented, county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://bbs.fangchengzx.net/huhu/t/553019",
        title="楔园菜场门口有人回收旧便当盒，靠谱吗？",
        record_title=None,
        date=None,
        notes="no record title: the thread subject; junk lines and junk glued after 。; relative times only; a forum moderator's note between paragraphs",
        page="""
!m 枋城在线 › 庑湖版 › 邻里杂谈
⟦m 主题：⟧{T}
!m 楼主 槅桥阿姨　2 小时前　查看 642 / 回复 9
{BODY}
!l 沙发 堞南小陈：我也看到了，问他收去干嘛，他说不知道
!l 板凳 网格员小吕：已经报给市场监管所了，大家先别卖
!a 回复本帖需先绑定手机号
!m 枋城在线 fangchengzx.net　爆料热线 0736-6690110
""",
        junk=dict(lines=2, glued=2),
        body="""
今天早上去楔园菜场买菜，门口有个小摊挂着牌子“高价回收旧便当盒、旧保温饭盒”，不锈钢的一个给五毛，塑料的一毛。
我家里正好有七八个孩子用旧的便当盒，本来想拿去卖，回家想想又觉得不对劲：回收这么多旧饭盒干什么用？会不会洗一洗又卖给小饭馆装外卖？
⟦m 【版主提示】本帖内容为网友个人经历，请理性讨论⟧
问了社区的网格员，她说社区没听说过这个回收点，建议不锈钢的当废品卖给正规回收站，塑料的就按可回收物投放，别卖给来路不明的摊子。
有没有知道情况的邻居说一说？要是真有人把旧饭盒翻新再用，是不是该向市场监管部门反映一下？
""",
    ),
    dict(
        slug="download-wenquan-rules-lunchbox-school-gb2312-docx",
        site="文泉资料下载站 (invented, old gb2312 layout)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.wenquanxz.com/soft/jiaoyu/41877.html",
        title="枋城市第九小学学生午餐便当盒管理办法",
        record_title="枋城市第九小学学生午餐便当盒管理办法.docx",
        date=None,
        notes="old table page: file-info table, three mirror links, an unzip password, a dead-link report; a school's rules in 第N条 (effective from a term, no date)",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>枋城市第九小学学生午餐便当盒管理办法.docx - 文泉资料下载站</title>
</head>
<body>
<table width="950" align="center"><tr><td>⟦m 文泉资料下载站⟧</td><td>⟦m 资料如泉 取之不尽⟧</td><td><a href="/bookmark">⟦a 收藏本站⟧</a></td></tr></table>
<table width="950" align="center"><tr><td>⟦m 首页⟧</td><td>⟦m 教育文档⟧</td><td>⟦m 公文范本⟧</td><td>⟦m 表格模板⟧</td><td>⟦m 下载排行⟧</td></tr></table>
<table width="950" align="center"><tr><td>⟦m 当前位置：文泉资料下载站 → 教育文档 → 学校管理⟧</td></tr></table>
<table width="950" align="center" border="1" cellspacing="0">
<tr><td colspan="2" align="center">{T}</td></tr>
<tr><td>⟦m 文件大小：24.6 KB⟧</td><td>⟦m 文件格式：Word文档⟧</td></tr>
<tr><td>⟦m 更新时间：上周四⟧</td><td>⟦m 下载次数：1127⟧</td></tr>
<tr><td>⟦m 授权方式：免费资料⟧</td><td>⟦m 资料评级：★★★★☆⟧</td></tr>
<tr><td colspan="2">⟦m 资料简介：⟧</td></tr>
<tr><td colspan="2">
{BODY}
</td></tr>
<tr><td colspan="2">⟦a 下载地址一：泉城电信高速⟧　⟦a 下载地址二：泉城联通高速⟧　⟦a 下载地址三：本地直连⟧</td></tr>
<tr><td colspan="2">⟦a 解压口令：wenquanxz.com⟧</td></tr>
<tr><td colspan="2"><a href="/report.asp?id=41877">⟦a 链接打不开？告诉站长修复⟧</a></td></tr>
</table>
<table width="950" align="center"><tr><td align="center">⟦d 本站资料来自网络收集，仅供交流学习，请于下载后24小时内删除。⟧</td></tr>
<tr><td align="center">⟦m 文泉资料下载站 2006-2024 豫ICP备08013316号⟧</td></tr></table>
</body>
</html>
""",
        body="""
第一条　为保障学生午餐卫生安全，规范自带便当盒的存放、加热和清洗，制定本办法。
第二条　学生自带便当盒须选用标明可加热的不锈钢、玻璃或PP材质餐盒，盒盖贴好班级姓名标签。
第三条　各班便当盒于早读前统一放入班级保温箱，由值日生登记数量，不得放在课桌内。
第四条　加热由食堂专人负责，每批次加热不少于八分钟，学生不得自行操作蒸饭柜。
第五条　午餐后便当盒由学生带回家清洗，放学后仍未取走的，由班主任通知家长。
第六条　本办法由学校总务处负责解释，自2024年秋季学期起执行。
""",
    ),
    dict(
        slug="download-kuaiban-contract-template-fans-blanks",
        site="快办文档下载 (invented)",
        style="资料下载站",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.kuaibanwd.com/hetong/maimai/9301.html",
        title="电风扇买卖合同",
        record_title="电风扇买卖合同范本（拿来就能签）免费下载 - 快办文档下载",
        date=None,
        notes="a contract template: ×× placeholders, ＿＿年＿＿月＿＿日 blanks, 第N条; download lines and an unzip code; no date",
        page="""
!m 快办文档下载 ｜ 合同·表格·制度一站下载
!m 位置：首页 ＞ 合同范本 ＞ 买卖合同
!t 电风扇买卖合同范本（拿来就能签）
!m 格式：doc　大小：19KB　评分：4.6　下载：3071次
!a ↓ 高速下载（需登录）　↓ 普通下载
{BODY}
!a 提示：免费资料请用电脑下载，手机端可能无法打开
!l 相关合同：空调安装合同　家电维修服务协议　办公设备采购合同
!d 合同范本仅供参考，签订前请结合实际并咨询专业人士。
""",
        body="""
甲方（买方）：××××××
乙方（卖方）：××××××
甲乙双方经协商，就甲方向乙方购买电风扇事宜订立本合同。
第一条　产品名称、型号、数量：××牌落地扇，型号××，共××台，单价××元，总价××元。
第二条　质量要求：产品须符合国家标准，附合格证和说明书，整机保修一年。
第三条　交货时间和地点：乙方于＿＿年＿＿月＿＿日前送货至甲方指定地点，运费由乙方承担。
第四条　付款方式：验收合格后＿＿日内，甲方一次性付清货款。
第五条　违约责任：乙方逾期交货的，每日按总价的千分之五支付违约金。
甲方（签章）：　　　　乙方（签章）：
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="exam-fangcheng-tip-no-laminated-tickets",
        site="枋城人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.fcrsks.cn/kwgg/2024/1022/4410.html",
        title="关于考生请勿塑封准考证的温馨提示",
        record_title="【考务提醒】关于考生请勿塑封准考证的温馨提示 - 枋城人事考试网",
        date="2024-10-21",
        date_also=["2024-10-22"],
        notes="exam site: maintenance banner, admission-ticket float, technical line beside the exam office's own 咨询电话; sentences about downloading and printing the ticket; page date differs",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【考务提醒】关于考生请勿塑封准考证的温馨提示 - 枋城人事考试网</title>
</head>
<body>
<div class="notice-bar">⟦m 系统公告：本网站将于周日凌晨0:00—4:00停机升级⟧</div>
<div class="logo">⟦m 枋城人事考试网⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 考试公告⟧ ⟦m 考务提醒⟧ ⟦m 成绩查询⟧ ⟦m 证书办理⟧</div>
<div class="wz">⟦m 首页 » 考务提醒 » 正文⟧</div>
<div class="article">
<h3>{T}</h3>
<p class="fb">⟦m 发布日期：2024-10-22　来源：考务科⟧</p>
<div class="zw">
{BODY}
</div>
</div>
<div class="float-zkz"><a href="/zkz/">⟦a 准考证打印入口 ›⟧</a></div>
<div class="footer">
<p>⟦m 主办：枋城市人事考试院⟧</p>
<p>⟦m 网站技术问题：0736-6260900（仅受理系统故障）⟧</p>
<p>⟦m 湘ICP备13004472号-1⟧</p>
</div>
</body>
</html>
""",
        body="""
各位考生：
枋城市2024年下半年事业单位公开招聘笔试将于10月26日举行。近期有考生反映，为防止准考证折损，将其塑封后携带。现提醒如下：
一、请考生于10月23日至26日登录本网站下载并用A4纸打印准考证，正反面均需打印。
二、准考证请勿塑封、请勿折叠。塑封后的准考证表面反光，考场身份核验设备无法扫描条形码，会影响入场。
三、考试结束后，准考证须交监考人员统一回收，请勿在准考证上涂写。
考生如有疑问，可在工作日拨打考务咨询电话：0736-6260815。
枋城市人事考试院
2024年10月21日
""",
    ),
    dict(
        slug="exam-meiyang-announcement-lunch-record-title",
        site="楣阳县人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.meiyang.gov.cn/gg/20240614/1207.html",
        title="关于2024年度楣阳县教师招聘考试考生午间休息及午餐安排的公告",
        date="2024-06-14",
        notes="record title as is; an exam office's contact line beside the site's hotline; two signatures and a signature date; a ticket-query link glued after a 。",
        page="""
!m 楣阳县人事考试信息网
!m 首页 → 考试公告 → 教师招聘
{T}
!m 浏览次数：4118　字体：【大】【中】【小】
{BODY}
!a 〖打印本页〗〖返回列表〗
!m 网站值班电话：0736-5528000
!m 主办单位：楣阳县人力资源和社会保障局
""",
        body="""
本次教师招聘考试笔试上午、下午各一场，午间考生不离开考点。为做好考生午间服务，现将有关安排公告如下：
一、午间休息。上午考试结束后，考生在原考场休息，不得串场，不得使用手机等通讯工具。
二、午餐。考生可自带午餐，请使用密封良好的便当盒，并于入场前交考点寄存处统一存放，午间凭准考证领取。考点不提供加热服务，请勿携带需加热的食品。⟦a 【准考证查询通道已开放，点此进入】⟧
三、饮用水由考点统一提供。
四、考生进出考点须佩戴考点发放的腕带，遗失的请及时告知考务人员。
联系电话：楣阳县教育局人事股　0736-5528410
楣阳县人力资源和社会保障局
楣阳县教育局
2024年6月14日
""",
    ),
    dict(
        slug="tender-meiyang-bid-result-ceiling-fans-lots",
        site="楣阳公共资源交易中心 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="html",
        source="https://ggzy.meiyang.gov.cn/jyxx/zfcg/zbgg/20240625/0b7e1.html",
        title="楣阳县第二中学教室吊扇采购项目中标结果公告",
        record_title="[结果公告] 楣阳县第二中学教室吊扇采购项目中标结果公告 - 楣阳公共资源交易中心",
        record_date="2024-06-25",
        date="2024-06-25",
        notes="tender portal: CA and trading-system lines beside the purchaser's and agency's own contacts; a lots table one row a paragraph",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>[结果公告] 楣阳县第二中学教室吊扇采购项目中标结果公告 - 楣阳公共资源交易中心</title>
</head>
<body>
<div class="top">⟦m 楣阳公共资源交易中心⟧ <a>⟦a 主体注册⟧</a> <a>⟦a 投标人登录⟧</a></div>
<div class="nav">⟦m 首页⟧ ⟦m 交易信息⟧ ⟦m 政策法规⟧ ⟦m 办事指南⟧ ⟦m 诚信体系⟧</div>
<div class="loc">⟦m 交易信息 &gt; 政府采购 &gt; 中标（成交）公告⟧</div>
<div class="detail">
<h2>{T}</h2>
<p class="time">⟦m 信息时间：2024-06-25　阅读次数：207⟧</p>
<div class="con">
{BODY}
</div>
<p class="print">⟦a 【打印】⟧ ⟦a 【关闭】⟧</p>
</div>
<div class="foot">
<p>⟦m 数字证书（CA）办理咨询：0736-5588100⟧</p>
<p>⟦m 交易系统操作咨询：0736-5588200⟧</p>
<p>⟦m 主办单位：楣阳县公共资源交易中心　湘ICP备17020051号⟧</p>
</div>
</body>
</html>
""",
        body="""
一、项目编号：MYCG-2024-0618
二、项目名称：楣阳县第二中学教室吊扇采购项目
三、中标信息
包号　中标供应商　中标金额（元）
第1包（教学楼吊扇）　楣阳县恒凉电器有限公司　186400.00
第2包（宿舍楼壁扇）　枋城市清岚机电设备有限公司　72950.00
四、评审专家：陶一舟、孔令宜、梅思远
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：楣阳县第二中学　联系人：欧老师　电话：0736-5536012
代理机构：楣阳县正衡招标代理有限公司　联系人：邝工　电话：0736-5580177
""",
    ),
    dict(
        slug="tender-yingchuan-inquiry-washers-items-table",
        site="楹川县政府采购网 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://www.ycxzfcg.gov.cn/cgxx/xjgg/202411/t20241105_2041.html",
        title="楹川县社会福利中心洗衣机询价采购公告",
        record_title="【小额询价】楹川县社会福利中心洗衣机询价采购公告_采购公告_楹川县政府采购网",
        date="2024-11-05",
        notes="inquiry notice: items table one row a paragraph, a sentence telling suppliers to download the inquiry file, the purchaser's contact beside the site's service line; countdown and CA lines",
        page="""
!m 楹川县政府采购网
!m 首页 > 采购信息 > 询价公告
{T}
!m 发布时间：2024-11-05 17:20　距报价截止还有 8 天 16 小时
{BODY}
!a 报名入口　｜　下载询价文件（需CA登录）
!m 平台服务热线：0736-7266600　CA办理：0736-7266611
!m 楹川县财政局主管　湘ICP备19004426号
""",
        body="""
楹川县社会福利中心就洗衣机采购项目进行询价采购，欢迎符合条件的供应商参加。
一、采购内容
品目　规格要求　数量
工业洗衣机　容量不小于25公斤，带消毒程序　2台
滚筒洗衣机　容量10公斤，变频　6台
烘干机　容量不小于15公斤　2台
二、最高限价：人民币148000元。
三、询价文件获取：供应商于2024年11月6日至11月12日登录楹川县政府采购网下载询价文件，不收取费用。
四、报价截止时间：2024年11月14日9:30，逾期送达的报价文件不予受理。
五、联系方式：采购人楹川县社会福利中心，联系人晏女士，电话0736-7239055。
楹川县社会福利中心
2024年11月5日
""",
    ),
    dict(
        slug="lawfirm-hengzheng-case-washer-leak",
        site="楹川衡正律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.hengzhenglaw.cn/case/2024/118.html",
        title="租客洗衣机漏水泡了楼下，谁来赔？",
        record_title="【律所说法】租客洗衣机漏水泡了楼下，谁来赔？- 楹川衡正律师事务所",
        date=None,
        notes="law firm: lawyer card, consult float, 400 line, repost notice; a case note with 【案情】【分析】【提示】 heads; update stamp is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【律所说法】租客洗衣机漏水泡了楼下，谁来赔？- 楹川衡正律师事务所</title>
</head>
<body>
<div class="hd">⟦m 楹川衡正律师事务所⟧ ⟦m 衡平守正 专业为先⟧ ⟦m 全国咨询热线：400-617-3309⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 律所简介⟧ ⟦m 专业领域⟧ ⟦m 以案说法⟧ ⟦m 联系我们⟧</div>
<div class="path">⟦m 首页 / 以案说法 / 房屋租赁⟧</div>
<div class="case">
<h1>{T}</h1>
<p class="meta">⟦m 撰稿：衡正律师团队　更新于 1 周前⟧</p>
<div class="case-text">
{BODY}
</div>
<div class="lawyer-card">⟦w 承办律师：庞雪宁　擅长：房屋租赁、侵权纠纷　微信：hz_pangls⟧</div>
<p class="repost">⟦d 本文为衡正原创，转载须注明作者及出处，不得删改。⟧</p>
</div>
<div class="zx-float">⟦w 免费咨询 · 律师10分钟内回电⟧</div>
<div class="ft">⟦m 地址：楹川县城关镇滨江路27号衡正大厦5楼⟧ ⟦m 湘ICP备21008861号⟧</div>
</body>
</html>
""",
        body="""
【案情】租户小魏住在楹川县城某小区六楼。一天上班前，他开着洗衣机出门，进水管接头松脱，水漫进楼下住户家，吊顶、木地板被泡坏。楼下住户要求赔偿，小魏认为洗衣机是房东配的，应由房东负责。
【分析】根据民法典的规定，因过错侵害他人财产的，应当承担侵权责任。本案中，洗衣机虽归房东所有，但由小魏使用和管理，他在无人看管的情况下开机出门，未尽到合理注意义务，应当对楼下住户的损失承担赔偿责任。如果查明接头松脱是房东交付时就存在的问题，小魏赔偿后可以向房东追偿。
【提示】洗衣机工作时尽量不要离家，进水管接头要定期检查，必要时可以购买家庭财产保险。
""",
    ),
    dict(
        slug="lawfirm-mingli-letter-induction-burn-record-title",
        site="桷溪明理律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.mingli-law.com/wenshu/2024/1202.html",
        title="关于贵司所售电磁炉质量问题的律师函",
        date="2024-12-02",
        notes="record title as is; a lawyer's letter with the firm's own contact line beside the site's consult line; a 'sample documents' link glued before a line",
        page="""
!m 桷溪明理律师事务所 · 文书示例
!m 首页 > 法律文书 > 律师函
{T}
!m 栏目：法律文书　点击：93
{BODY}
!w 需要律师起草律师函？在线咨询 0736-8870000
!l 相关文书：商品房逾期交房律师函　｜　劳动报酬催告函
!m 桷溪明理律师事务所　湘ICP备22003174号
""",
        body="""
桷溪县嘉顺电器商行：
本所接受吕芳女士的委托，指派郑立言律师就其向贵司购买电磁炉发生的质量纠纷，致函如下：
2024年10月9日，吕芳女士在贵司门店购买电磁炉一台，价款389元。使用不足一个月，该电磁炉在正常使用中面板炸裂，致其右手轻度烫伤，花费医药费1260元。吕芳女士多次与贵司协商退货及赔偿，均未果。
⟦l 📄 更多律师函范例⟧根据消费者权益保护法及产品质量法的有关规定，请贵司于收到本函之日起七日内与本所律师联系，退还货款并赔偿医药费等损失。逾期未处理的，委托人将依法提起诉讼。
联系人：郑立言律师　电话：0736-8870316
桷溪明理律师事务所
二〇二四年十二月二日
""",
    ),
]
