"""holdout195, part D: county forums, download stations, personnel-exam sites, tender portals, law firms.

Invented text throughout; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="localforum-zengxi-group-buy-nets-no-title",
        site="罾溪在线论坛 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.zengxi0738.com/thread-220917-1-1.html",
        title="小区拼团买蚊帐，还差十几户，有需要的邻居看过来",
        record_title=None,
        date=None,
        notes="county forum with no record title: the thread subject on the page; jammer fonts; weather line; the poster's own phone beside a forum ad QQ; relative time",
        page="""
<html><head><meta charset="gbk"><title>罾溪在线论坛 - 罾溪人自己的网上家园</title></head>
<body>
<div class="wea">⟦m 罾溪　多云 24~33℃　东南风2级⟧</div>
<div id="hd">⟦m 罾溪在线论坛⟧ ⟦a 登录 | 注册 | 找回密码⟧</div>
<div id="pt">⟦m 罾溪在线 › 生活服务 › 团购拼单⟧</div>
<div class="adv">⟦w 装修找老杨，全屋防蚊纱窗定做，QQ：1842207361⟧</div>
<h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 楼主：晴川阁下　发表于 前天 20:14　|　查看 987　回复 34⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="po">⟦a 支持　反对　收藏　分享⟧</div>
<div class="pl">⟦l 2楼 柚子不甜：3栋802加一顶1.8米的⟧</div>
<div class="pl">⟦l 3楼 一帆：圆顶的有吗？⟧</div>
<div class="pst">⟦a 登录一下就能跟帖拼单啦　去登录 | 新用户注册⟧</div>
<div id="ft">⟦m 罾溪在线论坛　湘ICP备13009918号⟧　⟦d 网友发言仅代表个人观点，与本站立场无关。⟧</div>
</body></html>
""",
        p_html='<p>{}</p>',
        junk=dict(lines=1, glued=2),
        body="""
各位邻居好，我是金桂苑5栋的住户。今年蚊子特别多，我联系了耪山县一家蚊帐厂，拼够50户可以按出厂价拿货。
款式有方顶带支架和免安装蒙古包两种，尺寸1.5米和1.8米，方顶的每顶68元，蒙古包每顶85元，比超市便宜三分之一左右。
目前已经有36户报名了，还差十几户。有需要的邻居请在楼下跟帖，写明楼栋、款式和尺寸，或者直接打我电话：139 7386 2210（晚上七点以后）。
本周日晚上截止报名，到货后统一在小区南门发放，不满意可以当场退。
""",
    ),
    dict(
        slug="localforum-chaoyuan-park-fan-corner-junk",
        site="耖原论坛 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://www.chaoyuanbbs.com/forum.php?mod=viewthread&tid=55163",
        title="滨河公园的“蒲扇角”，成了老人们的夏夜客厅",
        record_title="[随手拍] 滨河公园的“蒲扇角”，成了老人们的夏夜客厅 - 耖原论坛",
        date=None,
        notes="county forum text: junk lines and junk glued after 。; relative post time (no date); moderator note and replies",
        page="""
!m 耖原论坛 - 耖原人的网上家园
!m 耖原论坛 » 城事 » 随手拍
!t [随手拍] 滨河公园的“蒲扇角”，成了老人们的夏夜客厅 - 耖原论坛
!m 阿泉哥　发表于 5 天前　　只看楼主　|　阅读 2305　|　回复 41
{BODY}
!m 本帖被版主加入“精华”　　评分 +5
!l 沙发　老街坊：我家老爷子天天去，回来就说今天又学了一首歌
!l 板凳　耖原小丸子：求一个编扇子的视频
!a 发表回复　|　返回列表
!m 手机版　|　小黑屋　|　耖原论坛
""",
        junk=dict(lines=2, glued=2),
        body="""
每天晚饭后，滨河公园东门那片香樟树下，总有二三十位老人摇着蒲扇聚在一起。大家都管这里叫“蒲扇角”。
有人带着收音机听花鼓戏，有人摆一副象棋，还有几位老师傅现场编蒲扇、教小孩在扇面上写字画画。
我问一位姓廖的大爷为什么不在家开空调。他笑着说，家里一个人闷得慌，这里凉快还热闹，一把扇子就能聊一晚上。
建议公园管理处在这里多放几条长椅，再装两盏路灯，老人们晚上走路也安全些。
""",
    ),
    dict(
        slug="download-ziliaowu-name-card-template-gb2312",
        site="资料屋下载站 (invented, gb2312 file-info table)",
        style="资料下载站",
        genre="说明",
        kind="other",
        form="html",
        source="http://www.ziliaowu.net/soft/bangong/2025/3318.html",
        title="会议席卡模板及制作说明",
        record_title="会议席卡模板及制作说明.doc",
        date=None,
        notes="download station: file-info table, three download links, unzip password, dead-link report; file-name record title; numbered steps mentioning printing as content; no date",
        page="""
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>会议席卡模板及制作说明.doc - 资料屋下载站</title>
<script language="javascript" src="/js/down.js"></script></head>
<body>
<table width="960" align="center"><tr><td>⟦m 资料屋下载站 —— 办公资料一站下⟧</td><td align="right">⟦a 把资料屋加入收藏夹⟧</td></tr>
<tr><td colspan="2">⟦m 首页 | 办公文档 | 表格模板 | 合同范本 | 会议资料 | 排行榜⟧</td></tr></table>
<table width="960" align="center" border="1" cellspacing="0">
<tr><td colspan="2">⟦t 会议席卡模板及制作说明.doc⟧</td></tr>
<tr><td>⟦m 文件大小：46 KB⟧</td><td>⟦m 文件类型：.doc⟧</td></tr>
<tr><td>⟦m 更新时间：2025-05-22⟧</td><td>⟦m 下载次数：2,041⟧</td></tr>
<tr><td>⟦m 运行环境：WinXP/Win7/Win10/WPS⟧</td><td>⟦m 授权方式：免费⟧</td></tr>
</table>
<div class="jj"><b>{T}</b>
{BODY}
</div>
<div class="down"><b>⟦a 下载地址：⟧</b>
<p>⟦a 电信高速下载⟧</p><p>⟦a 联通高速下载⟧</p><p>⟦a 本地普通下载⟧</p>
<p>⟦a 解压密码：www.ziliaowu.net⟧</p>
<p>⟦a 如果下载地址失效，请点此报告错误⟧</p></div>
<div class="hot">⟦l 下载排行：座次表模板 | 会议签到表 | 会议记录本封面⟧</div>
<div class="ft">⟦d 本站资源均来自网络，仅供学习研究，请于下载后24小时内删除。⟧<br>⟦m Copyright 2009-2025 资料屋下载站　苏ICP备09022116号⟧</div>
</body></html>
""",
        body="""
本模板为三折立式席卡，A4纸横向打印，适用于各类会议、座谈会和培训班。
使用方法：
1．打开文档后，将示例姓名替换为参会人员姓名，字体默认为华文中宋，字号建议为100至120磅。
2．正反两面均已设置好姓名，打印时选择单面打印即可，打印后沿虚线折成三棱柱。
3．姓名超过三个字的，将字号调小至90磅，保证两侧留白均匀。
4．建议使用200克以上白卡纸，立得稳、不变形。
""",
    ),
    dict(
        slug="download-banwen-power-bank-workshop-rules",
        site="办文下载网 (invented)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.banwenxz.com/d/zhidu/20250618/7720.html",
        title="移动电源生产车间安全操作规程",
        record_title="移动电源生产车间安全操作规程[doc格式]_办文下载网",
        date=None,
        notes="download text: 第N条 articles; file info lines and mirror links; no date (rules)",
        page="""
!m 办文下载网　www.banwenxz.com
!m 当前位置：首页 → 规章制度 → 安全生产
!t 移动电源生产车间安全操作规程[doc格式]_办文下载网
!m 资料大小：31KB　　资料格式：doc　　更新：2025-06-18　　人气：913
!a 【普通下载】　【高速下载】　【网盘下载】
!m 资料简介：
{BODY}
!a 资料下载后请用WPS或Word打开，若无法下载请点击“报错”
!l 相关资料：锂电池仓库管理制度 ｜ 电子车间5S管理规定 ｜ 动火作业审批制度
!d 声明：本站所有资料均来源于网络，版权归原作者所有。
""",
        body="""
第一条　为规范移动电源生产车间作业，预防火灾和触电事故，制定本规程。
第二条　电芯入库、上线前须逐一检查外观，鼓包、漏液、破损的电芯一律隔离存放，不得上线。
第三条　焊接作业时，烙铁温度按工艺卡设定，严禁烙铁头接触电芯外壳，焊接工位配备防火沙箱。
第四条　成品老化测试须在专用老化房进行，老化期间值班人员不得离岗，每两小时巡查并记录一次。
第五条　车间内严禁吸烟和使用明火，下班前由班长切断工位电源并签字确认。
第六条　本规程由生产部负责解释，自发布之日起执行。
""",
    ),
    dict(
        slug="rsks-lanchuan-exam-notice-power-banks-maintenance",
        site="罱川县人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://rsks.lanchuan.gov.cn/ksxx/2025/0609/1055.html",
        title="罱川县2025年事业单位公开招聘笔试考生须知",
        record_title="罱川县2025年事业单位公开招聘笔试考生须知_考试信息_罱川县人事考试网",
        date="2025-06-06",
        date_also=["2025-06-09"],
        notes="exam site with a maintenance banner and float box; 发布日期 differs from the 成文日期; sentences about downloading and printing 准考证 as content; the bureau's 咨询电话 beside the site's technical line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>罱川县2025年事业单位公开招聘笔试考生须知_考试信息_罱川县人事考试网</title></head>
<body>
<div class="notice-bar">⟦d 系统维护公告：本网站将于6月14日22:00至次日6:00停机维护，期间暂停准考证打印服务。⟧</div>
<div class="hd">⟦m 罱川县人事考试网⟧ ⟦m 罱川县人力资源和社会保障局主办⟧</div>
<div class="nav">⟦m 首页 | 考试信息 | 报名入口 | 成绩查询 | 政策法规 | 常见问题⟧</div>
<div class="pos">⟦m 首页 &gt; 考试信息⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 发布日期：2025-06-09　信息来源：考试中心　阅读：6031⟧</div>
<div class="con">
{BODY}
</div>
<div class="float">⟦a 准考证打印入口⟧ ⟦a 成绩查询入口⟧ ⟦a 关闭⟧</div>
<div class="ft">⟦m 技术支持电话：0739-5530888（仅限网站技术问题）⟧<br>⟦m 湘ICP备11006638号-3⟧</div>
</body></html>
""",
        body="""
一、考生须于6月16日至20日登录本网站下载并打印准考证，笔试时凭准考证和有效居民身份证原件进入考场。
二、考生只能携带黑色签字笔、2B铅笔和橡皮，严禁携带手机、智能手表、充电宝、耳机等电子设备进入考点，已带入的须关机后放在指定位置。
三、充电宝不得放在考点外的自行车篮或车内暴晒，请考生尽量不要携带。
四、开考30分钟后不得进入考场，考试结束前不得交卷离场。
考生咨询电话：0739-5526711（工作日8:00—17:30）
罱川县人力资源和社会保障局
2025年6月6日
""",
    ),
    dict(
        slug="rsks-tanghu-interview-room-name-plates",
        site="耥湖人事考试信息网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.tanghurs.cn/ms/2025/0714.html",
        title="关于做好2025年公开遴选面试考场布置工作的通知",
        date="2025-07-14",
        notes="record title as is; a table one row a paragraph; name plates and number plates; print of 面试通知书 as content; 成文日期",
        page="""
!m 耥湖人事考试信息网
!m 首页 ＞ 面试专栏
{T}
!m 信息来源：县委组织部　　点击：1406
!a 打印　|　收藏　|　关闭
{BODY}
!l 相关链接：2025年公开遴选面试公告　｜　面试考生须知
!m 耥湖人事考试信息网　技术维护：0737-2216050
""",
        body="""
各考务工作组：
2025年公开遴选面试定于7月19日在县委党校举行。为确保面试规范有序，现就考场布置通知如下：
考场　用途　桌牌摆放
第一考场　面试　考官桌牌7块、考生号牌1块
第二考场　面试　考官桌牌7块、考生号牌1块
候考室　候考　按抽签号摆放号牌
一、考官桌牌只标注“主考官”“考官”“记分员”等职务，不标注考官姓名，考生号牌只标注抽签号。
二、考生须携带本人打印的面试通知书和身份证，于7时30分前到候考室报到。
三、考务组于7月18日下午完成考场布置，并由监督员现场检查。
中共耥湖县委组织部
2025年7月14日
""",
    ),
    dict(
        slug="tender-zengxi-mosquito-nets-award-ca-line",
        site="罾溪县公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.zengxi.gov.cn/jyxx/zfcg/zbgg/2025/0620/4431.html",
        title="罾溪县2025年夏季药浸蚊帐采购项目中标结果公告",
        record_title="罾溪县2025年夏季药浸蚊帐采购项目中标结果公告-罾溪县公共资源交易网",
        record_date="2025-06-20",
        date="2025-06-20",
        notes="tender portal with a countdown and CA/platform lines; record date; lots table one row a paragraph; purchaser and agency contacts beside the CA hotline",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>罾溪县2025年夏季药浸蚊帐采购项目中标结果公告-罾溪县公共资源交易网</title></head>
<body>
<div class="hd">⟦m 罾溪县公共资源交易网⟧ ⟦a 交易系统登录⟧ ⟦a CA证书办理⟧</div>
<div class="nav">⟦m 首页　交易信息　政府采购　工程建设　办事指南　服务指南⟧</div>
<div class="pos">⟦m 当前位置：交易信息 &gt; 政府采购 &gt; 中标公告⟧</div>
<h3>{T}</h3>
<div class="info">⟦m 信息时间：2025-06-20　阅读次数：451⟧ ⟦m 公示期剩余：00天 18时 27分⟧</div>
<div class="ewb-con">
{BODY}
</div>
<div class="fj">⟦a 下载附件：中标结果公告.pdf⟧</div>
<div class="ft">⟦m CA数字证书服务热线：400-880-1357　交易系统技术支持：0738-6211500⟧<br>⟦m 罾溪县公共资源交易中心　湘ICP备16003118号⟧</div>
</body></html>
""",
        body="""
一、项目编号：ZXCG-2025-0317
二、项目名称：罾溪县2025年夏季药浸蚊帐采购项目
三、中标信息
包号　中标供应商　数量　中标金额
1　耪山县恒绿纺织用品有限公司　3200顶　18.24万元
2　瓞川市安眠家纺有限公司　3000顶　17.40万元
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：罾溪县卫生健康局，联系人：覃先生，电话：0738-6213350
代理机构：湖南诚衡项目管理有限公司，联系人：吕女士，电话：0738-6230788
""",
    ),
    dict(
        slug="tender-tanghu-name-plate-inquiry",
        site="耥湖县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zfcg.tanghu.gov.cn/xjgg/2025/1103/2207.html",
        title="县委办公室会议桌牌及会标制作服务询价公告",
        record_title="〔询价〕县委办公室会议桌牌及会标制作服务询价公告 - 耥湖县政府采购网",
        date="2025-11-03",
        notes="procurement text: items table; downloading the inquiry file as content; purchaser contact beside the platform's service line; 成文日期",
        page="""
!m 耥湖县政府采购网
!m 首页 > 采购公告 > 询价公告
!t 〔询价〕县委办公室会议桌牌及会标制作服务询价公告 - 耥湖县政府采购网
!m 发布时间：2025-11-03 16:02　　浏览：217
!m 【报价截止倒计时：2天3小时】
{BODY}
!a 【我要报价】　【下载询价文件】　【收藏】
!m 平台服务热线：0737-2200365（9:00—17:00）
!d 本平台发布的信息以采购人提供的原文为准。
""",
        body="""
一、采购内容
序号　品名　规格　数量
1　亚克力桌牌　210×100毫米，双面　120块
2　纸质桌牌（含打印）　A4白卡对折　2000张
3　会标制作　红底白字喷绘　10幅
二、报价要求：供应商请于11月6日17时前在本平台下载询价文件并提交报价，逾期不予受理。
三、交货期限：合同签订后5日内交货，纸质桌牌按每次会议需求随时打印配送。
采购人：中共耥湖县委办公室，联系人：黎女士，电话：0737-2211026
中共耥湖县委办公室
2025年11月3日
""",
    ),
    dict(
        slug="lawfirm-kexin-shared-power-bank-fee-case",
        site="恪信律师事务所 (invented)",
        style="律所网站",
        genre="以案说法",
        kind="other",
        form="html",
        source="https://www.kexinlaw.cn/anli/2025/0411/366.html",
        title="共享充电宝“超时扣费99元”，法院怎么判？",
        record_title="以案说法｜共享充电宝“超时扣费99元”，法院怎么判？-恪信律师事务所",
        date="2025-04-11",
        notes="law firm page: consult float and 400 line; 发布于 line is the page date; a case story; disclaimer",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>以案说法｜共享充电宝“超时扣费99元”，法院怎么判？-恪信律师事务所</title></head>
<body>
<div class="hd">⟦m 湖南恪信律师事务所⟧ ⟦m 全国咨询热线：400-676-5148⟧</div>
<div class="nav">⟦m 首页 | 律所简介 | 专业团队 | 以案说法 | 法律文书 | 联系我们⟧</div>
<div class="pos">⟦m 您当前的位置：首页 &gt; 以案说法 &gt; 消费维权⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布于 2025-04-11　作者：易清源律师　阅读 1,372⟧</div>
<div class="art">
{BODY}
</div>
<div class="card">⟦w 遇到类似纠纷？扫码添加律师微信，免费初步评估⟧</div>
<div class="float">⟦a 在线咨询⟧ ⟦a 电话回拨⟧ ⟦a 留言⟧</div>
<div class="rel">⟦l 相关案例：外卖超时赔付纠纷一案 ｜ 健身房闭店退费案⟧</div>
<div class="ft">⟦d 本文仅为普法之用，不构成法律意见。⟧ ⟦m 湘ICP备18022461号⟧</div>
</body></html>
""",
        body="""
【案情】
2024年夏天，市民小周在商场借用一个共享充电宝，因临时有事，第二天才归还，平台按“超过24小时视为买断”扣费99元。小周认为该规则没有明确提示，遂诉至法院。
【审理】
法院审理认为，“买断”条款属于格式条款，平台仅在用户协议中用小字载明，借用页面没有显著提示，未尽到提示说明义务，该条款对小周不发生效力。法院判决平台退还扣费80元，只按实际使用时长收取费用。
【律师说法】
消费者借用共享充电宝前，应留意计费规则；平台设置“买断”等加重用户责任的条款时，应以加粗、弹窗等方式显著提示。遇到不合理扣费，可先向平台申诉，协商不成可拨打12315或向法院起诉。
""",
    ),
    dict(
        slug="lawfirm-mingheng-hotel-eye-mask-allergy",
        site="明衡律师网 (invented)",
        style="律所网站",
        genre="法律问答",
        kind="other",
        form="text",
        source="http://www.minghenglaw.com/wenda/2207.html",
        title="酒店一次性眼罩致皮肤过敏，谁来担责？",
        record_title="法律问答 · 酒店一次性眼罩致皮肤过敏，谁来担责？ - 明衡律师网",
        date=None,
        notes="law-firm text: a question and a lawyer's answer; relative time (no date); consult prompt with phone and WeChat",
        page="""
!m 明衡律师网 · 专注消费与合同纠纷
!m 首页 › 法律问答 › 消费维权
!t 法律问答 · 酒店一次性眼罩致皮肤过敏，谁来担责？ - 明衡律师网
!m 解答律师：包文清　　2 天前　　阅读 1203
{BODY}
!w 一对一咨询包律师：电话 0731-8897 2051　微信 mh_baolawyer
!l 相关问答：酒店物品丢失谁负责？ ｜ 民宿卫生不达标能退款吗？
!d 以上解答仅供参考，具体案件请委托律师。
""",
        body="""
问：我入住一家酒店，用了房间里提供的一次性眼罩，第二天眼周红肿发痒，医院诊断为接触性皮炎。酒店说眼罩是赠品，不负责，这样对吗？
答：酒店的说法不成立。眼罩虽然免费提供，但属于酒店住宿服务的一部分，酒店对其安全负有保障义务。
如果能证明过敏是眼罩质量问题造成的，您可以要求酒店赔偿医疗费、交通费等损失，酒店赔偿后可以再向眼罩供应商追偿。
建议您保存好剩余的眼罩及包装、入住记录、病历和发票，先与酒店协商，协商不成可以向市场监管部门投诉。
""",
    ),
]
