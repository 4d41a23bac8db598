"""holdout363, part D: county forums, download stations, personnel-exam sites, tender portals, law firms.

Every page, place, person, firm and URL here is invented; see ../README.md and ../build.py.
"""

CASES = [
    dict(
        slug="localbbs-zhaxi-roaster-stall-gate-no-title",
        site="栅溪人家论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.zhaxirenjia.com/thread-88213-1-1.html",
        title="学校门口的烤肠摊天天堵路，到底有没有人管？",
        record_title=None,
        date=None,
        notes="no title in the record: the thread subject; county forum with a weather line, medals, jammer fonts, a decoration ad and a forward-to-department link; post time relative, so no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk">
<title>栅溪人家论坛 - 栅溪人自己的网上家园</title>
<script src="data/cache/common.js?zx25"></script>
<style>font.jammer{display:none}</style>
</head><body>
<div class="wea">⟦m 栅溪　小雨转阴　12℃～17℃　空气质量：良⟧</div>
<div class="hd">⟦m 栅溪人家论坛⟧ <a>⟦a 注册成为栅溪人⟧</a> <a>⟦a 登录⟧</a></div>
<div class="pt">⟦m 栅溪人家 › 民生热线 › 城区百事⟧</div>
<table><tr><td class="pls">⟦m 纬溪边的老狄⟧<br>⟦m 等级：栅溪土著　帖子 912⟧<br>⟦m 勋章：热心网友 · 十年老友⟧</td>
<td class="plc"><h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 发表于 3 小时前 ｜ 查看 2780 ｜ 回复 64⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="zhuan"><a>⟦a 本帖已转交县城管执法局，等待官方答复⟧</a></div>
<div class="po">⟦a 顶一下　　回复　　分享　　举报⟧</div></td></tr></table>
<div class="ad">⟦w 栅溪装修找阿崛，全包半包价格公道 QQ 3190742256⟧</div>
<div class="reply">⟦l 2# 我是栅溪人：实验小学门口也一样，放学根本过不去⟧</div>
<div class="reply">⟦l 3# 晴天的猫：孩子天天吵着要买，我也担心卫生⟧</div>
<div class="ft">⟦m 栅溪人家论坛　客服电话：0775-6601234⟧ ⟦m 滇ICP备17002945号⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
县城纬溪路实验中学门口，每天下午五点前后，至少有四五辆电动三轮车停在校门两侧卖烤肠、炸串。车斗里放着烤肠机，电线直接接在电瓶上，孩子们一放学就围上去，把半条路都堵死了。
我每天开车接孩子，从路口到校门不到两百米，要走十几分钟。上周还看到一个小学生被三轮车的车把刮了一下，好在没受伤。
更担心的是卫生问题。那些烤肠一直在机器上转，有的颜色都发黑了，也不知道从哪儿进的货。
希望有关部门管一管，能不能在学校附近划一块地方，让摊主规范经营，别堵在校门口。
""",
    ),
    dict(
        slug="localbbs-bowan-sprayer-by-stove-junk",
        site="舶湾生活网论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="http://www.bowanlife.net/forum/t-55107.html",
        title="提醒：喷油壶别放在灶台边！我家的壶被烤变形差点出事",
        record_title="【厨房防火小贴士】提醒：喷油壶别放在灶台边！我家的壶被烤变形差点出事 ~ 舶湾生活网",
        date=None,
        notes="county forum as text with junk lines and junk glued after 。; a poster's 'edited' aside, a weather line, replies; the post time is relative",
        page="""
!m 舶湾生活网论坛　｜　今天 多云 25℃
!m 论坛首页 » 家长里短 » 生活常识
!t 【厨房防火小贴士】提醒：喷油壶别放在灶台边！我家的壶被烤变形差点出事 ~ 舶湾生活网
!m 楼主：城关小梢　｜　5 天前　｜　只看楼主
!m 〔该帖已被楼主修改过〕
{BODY}
!a 回复本帖　　点赞 41　　转发到朋友圈
!l 1楼 镶口老王：这个真要注意，塑料的更危险
!l 2楼 迪湖小厨：我家是玻璃的，也放灶台边，赶紧挪开
!d 本帖内容仅代表网友个人观点，与舶湾生活网无关。
!m 舶湾生活网 版权所有　　广告合作：0775-5839988
""",
        junk=dict(lines=2, glued=2),
        body="""
昨天晚上做饭，我一转身，闻到一股塑料烧焦的味道。回头一看，放在灶台边上的塑料喷油壶已经被火烤得歪了半边，壶身鼓起一个包，里面的油还在往外渗。我赶紧关火，把壶拿到水池里，手都在抖。
事后想想真后怕。喷油壶里装的是油，壶身又是塑料的，要是再晚一点被烤穿，油流到灶上就着火了。
后来我上网查了一下，很多喷油壶的说明书上都写着要远离火源和高温，放在阴凉处，可我从来没看过。
所以提醒大家几点：喷油壶要放在离灶台远一点的柜子里，用的时候拿过来，用完放回去；塑料壶尽量换成玻璃或不锈钢的；壶身变形、漏油的不要再用了。
""",
    ),
    dict(
        slug="download-ziliao-rules-carabiner-inspection-wps",
        site="资料宝下载站 (invented, old gb2312 table layout)",
        style="资料下载站",
        genre="制度",
        kind="rule",
        form="html",
        source="http://www.ziliaobao.net/soft/2025/41207.html",
        title="高处作业用登山扣检查与报废管理制度",
        record_title="高处作业用登山扣检查与报废管理制度.wps",
        date=None,
        notes="file-name record title; download station file-info table, three mirror links, an unzip password, a dead-link report; rules with 第N条 and a printed ledger as content; no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>高处作业用登山扣检查与报废管理制度.wps 免费下载 - 资料宝下载站</title>
<script src="/js/down_tj.js"></script>
</head><body>
<table width="950" align="center"><tr><td>⟦m 资料宝下载站 · 十万份办公资料随手取⟧</td><td align="right"><a>⟦a 设为首页⟧</a> <a>⟦a 收藏本站⟧</a></td></tr></table>
<table width="950" align="center" bgcolor="#1d5fa3"><tr><td>⟦m 首页 | 规章制度 | 合同范本 | 表格模板 | 应急预案 | 软件下载⟧</td></tr></table>
<table width="950" align="center"><tr><td>⟦m 当前位置：资料宝 → 规章制度 → 安全生产⟧</td></tr></table>
<table width="950" align="center" border="1" cellpadding="4">
<tr><td colspan="2"><b>{T}</b></td></tr>
<tr><td>⟦m 资料大小：36KB⟧</td><td>⟦m 资料格式：WPS文字⟧</td></tr>
<tr><td>⟦m 更新时间：2025-05-19⟧</td><td>⟦m 下载次数：1,203⟧</td></tr>
<tr><td>⟦m 授权方式：免费资料⟧</td><td>⟦m 资料评级：★★★★⟧</td></tr>
<tr><td colspan="2">
{BODY}
</td></tr>
<tr><td colspan="2">⟦a 下载地址：〔电信下载〕〔联通下载〕〔备用下载〕⟧</td></tr>
<tr><td colspan="2">⟦a 解压密码：www.ziliaobao.net⟧</td></tr>
<tr><td colspan="2">⟦a 下载不了？点此报告死链⟧</td></tr>
</table>
<table width="950" align="center"><tr><td>⟦l 相关资料：脚手架搭设验收制度.doc｜安全带使用管理规定.wps｜高空作业审批表.xls⟧</td></tr>
<tr><td align="center">⟦d 本站资料来源于网络收集，仅供学习研究，请于下载后24小时内删除。⟧</td></tr>
<tr><td align="center">⟦m 资料宝下载站　晋ICP备13001582号⟧</td></tr></table>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
第一条 为防止高处作业人员因登山扣失效发生坠落事故，规范登山扣的检查、使用和报废，制定本制度。
第二条 本制度适用于公司外墙清洗、广告牌安装等高处作业项目使用的登山扣（含主锁、安全钩）。
第三条 登山扣由设备科统一采购，必须具有产品合格证和检验报告，入库时逐只编号。
第四条 作业人员每次使用前应进行目视和手动检查：扣身无裂纹、无变形、无锈蚀，锁门开合顺畅、能自动回弹，丝扣锁能拧紧到位。
第五条 设备科每月对在用登山扣进行一次全面检查，检查结果填入登山扣检查台账，台账每季度打印一份存档。
第六条 有下列情形之一的登山扣应当报废：（一）承受过坠落冲击的；（二）扣身磨损深度超过1毫米的；（三）锁门不能正常关闭的；（四）超过厂家规定使用年限的。
第七条 报废的登山扣应当当场剪断或砸扁，不得再流入作业现场。
""",
    ),
    dict(
        slug="download-xiazaizhichuang-takoyaki-operation-rules",
        site="下载之窗 (invented download station)",
        style="资料下载站",
        genre="操作规程",
        kind="rule",
        form="text",
        source="https://www.xzzc365.com/doc/yunying/98051.html",
        title="章鱼小丸子机安全操作规程",
        record_title="章鱼小丸子机安全操作规程[餐饮岗位SOP合集]免费版 - 下载之窗",
        date="2025-04-01",
        notes="download station text page: file info, download buttons and a dead-link line; numbered list; the firm's signature and date under the rules",
        page="""
!m 下载之窗 —— 打开一扇窗，资料全都有
!m 首页 ＞ 企业管理 ＞ 餐饮运营 ＞ 岗位规程
!t 章鱼小丸子机安全操作规程[餐饮岗位SOP合集]免费版 - 下载之窗
!m 文件类型：.doc　　大小：27KB　　语言：简体中文　　收录：2025-04-16
!a ▶ 本地高速下载　▶ 网盘下载　▶ 报错
{BODY}
!a 温馨提示：解压密码见下载页底部，如提示文件损坏请换浏览器重试
!l 下载之窗猜你还要：关东煮机清洁规程 / 铁板烧岗位职责 / 奶茶店开店流程
!d 下载之窗收录的文档均来自网络，版权归原作者所有。
!m 下载之窗　联系邮箱：xzzc_service@126.com
""",
        indent="\u3000\u3000",
        date_also=["2025-04-16"],
        body="""
为规范门店章鱼小丸子机的使用，防止烫伤、触电和火灾事故，制定本规程，各门店操作人员必须遵照执行。
一、开机前检查
1.检查电源线、插头有无破损，燃气款设备检查胶管是否老化、接口是否漏气。
2.检查烤盘有无裂纹，不粘涂层有无起皮脱落，发现起皮的烤盘停止使用并报店长更换。
二、操作要求
1.预热时温度调至180℃左右，预热五分钟后刷油，油量以刷满孔壁为宜。
2.翻动丸子时使用竹签或专用钢针，严禁用手直接接触烤盘。
3.设备运行时操作人员不得离岗，顾客较多时也不得把面糊桶放在烤盘边缘。
三、关机清洁
1.营业结束后先关闭电源或燃气阀，待烤盘降至温热后再清洁。
2.不得用冷水直接浇淋高温烤盘，以免烤盘炸裂。
纬阳市丸香餐饮管理有限公司
2025年4月1日
""",
    ),
    dict(
        slug="rsks-weiyang-firefighter-skill-test",
        site="纬阳人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.wyrsks.cn/ksgg/2025/0619/6072.html",
        title="纬阳市2025年政府专职消防员招聘体能技能测试公告",
        record_title="〔招考快讯〕纬阳市2025年政府专职消防员招聘体能技能测试公告 - 考试公告 - 纬阳人事考试网",
        date="2025-06-18",
        date_also=["2025-06-19"],
        notes="personnel-exam site: maintenance banner, admission-ticket float; a timetable as table rows; 准考证 to download and print as content; the test office's 咨询电话 beside the site's technical line; posting date differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔招考快讯〕纬阳市2025年政府专职消防员招聘体能技能测试公告 - 考试公告 - 纬阳人事考试网</title>
<script src="/js/ks-portal.min.js"></script>
</head><body>
<div class="notice-bar">⟦d 系统将于6月21日0:00至6:00升级维护，届时暂停报名和打证服务⟧</div>
<div class="head">⟦m 纬阳人事考试网⟧ ⟦m 纬阳市人事考试中心主办⟧</div>
<div class="nav">⟦m 首页 ｜ 考试公告 ｜ 报名入口 ｜ 成绩查询 ｜ 证书办理 ｜ 政策法规⟧</div>
<div class="loc">⟦m 首页 » 考试公告 » 招聘考试⟧</div>
<div class="detail"><h2>{T}</h2>
<div class="sub">⟦m 发布日期：2025-06-19　信息来源：市消防救援支队　阅读次数：3,652⟧</div>
{BODY}
</div>
<div class="float-zkz"><a>⟦a 准考证打印入口 →⟧</a></div>
<div class="links">⟦l 相关公告：关于专职消防员招聘资格复审的通知 ｜ 专职消防员招聘岗位表⟧</div>
<div class="foot">⟦m 技术支持电话：0775-8256601（仅限网站操作问题）⟧<br>⟦m 纬阳市人事考试中心　桂ICP备12004739号⟧</div>
</body></html>
""",
        body="""
根据《纬阳市2025年政府专职消防员招聘公告》，现将体能技能测试有关事项公告如下。
一、测试时间和地点
测试定于2025年6月28日至29日在纬阳市消防救援支队训练基地（迪湖区梢岭路66号）进行。
二、测试项目
项目　内容　合格标准
1　3000米跑　14分30秒以内
2　100米负重跑　25秒以内
3　绳结与登山扣连接操作　60秒内完成两种绳结并正确挂扣、上锁
4　六层楼登楼　3分钟以内
三、注意事项
请考生于6月25日起登录本网站下载并打印准考证，测试当天凭准考证和身份证入场。测试中使用的安全带、登山扣等器材由考点统一提供，考生不得自带。
咨询电话：0775-8267119（市消防救援支队政治处，工作日8:30—17:30）。
纬阳市消防救援支队
2025年6月18日
""",
    ),
    dict(
        slug="rsks-bowan-chef-appraisal-oil-sprayer",
        site="舶湾县人力资源和社会保障网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsj.bowan.gov.cn/jnjd/2025/0922/771.html",
        title="关于2025年第二批中式烹调师职业技能等级认定考核的通知",
        record_title="技能认定｜关于2025年第二批中式烹调师职业技能等级认定考核的通知｜舶湾人社",
        date="2025-09-22",
        notes="text view of a personnel/skills-appraisal site: a numbered list, 准考证 to print, the appraisal office's contact beside the site's service line; 成文日期 under the signature",
        page="""
!m 舶湾人社 ◆ 职业技能等级认定专栏
!m 首页 → 技能认定 → 认定公告
!t 技能认定｜关于2025年第二批中式烹调师职业技能等级认定考核的通知｜舶湾人社
!m 发布时间：2025-09-22　　来源：县职业技能鉴定所
!a 【大】【中】【小】　【打印】　【关闭】
{BODY}
!a 点此进入认定报名系统
!l 往期公告：第一批中式面点师认定结果公示 ／ 保育师认定考核安排
!m 舶湾县人力资源和社会保障局　人社服务热线：12333
""",
        indent="\u3000\u3000",
        body="""
各有关培训机构、报考人员：
根据年度职业技能等级认定工作计划，定于2025年10月开展第二批中式烹调师（五级、四级）认定考核。现将有关事项通知如下。
一、考核时间：理论知识考试10月18日上午，操作技能考核10月18日下午至19日。
二、考核地点：舶湾县职业技术学校烹饪实训楼。
三、考生须知
1.请于10月14日后登录认定报名系统打印准考证。
2.操作技能考核所需主料、调料由考点提供，刀具、喷油壶、量勺等小工具可自带，但不得带有任何文字标记。
3.考生须穿戴工作服、工作帽，不得佩戴戒指、手链等饰品。
四、联系方式：县职业技能鉴定所，联系人镶老师，电话0775-5826470。
舶湾县职业技能鉴定所
2025年9月22日
""",
    ),
    dict(
        slug="tender-weiyang-takoyaki-machines-award",
        site="纬阳市公共资源交易网 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="html",
        source="https://ggzy.weiyang.gov.cn/jyxx/zfcg/zbgg/20251009/3309148.html",
        title="纬阳职业技术学院烹饪实训室小吃设备采购项目中标（成交）结果公告",
        record_title="【政采结果·职教实训】纬阳职业技术学院烹饪实训室小吃设备采购项目中标（成交）结果公告 - 纬阳市公共资源交易网",
        date="2025-10-09",
        notes="tender portal: publicity countdown, CA and trading-system lines; a bid-lot table; purchaser and agency contacts in the body beside the platform's hotline; 公告日期 in the body",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【政采结果·职教实训】纬阳职业技术学院烹饪实训室小吃设备采购项目中标（成交）结果公告 - 纬阳市公共资源交易网</title>
<script src="/static/js/jyxx.js"></script>
</head><body>
<div class="top">⟦m 纬阳市公共资源交易网⟧ ⟦a 交易主体登录⟧ ⟦a CA数字证书办理⟧</div>
<div class="nav">⟦m 首页 交易信息 政府采购 工程建设 服务指南 诚信体系⟧</div>
<div class="pos">⟦m 首页 > 交易信息 > 政府采购 > 中标公告⟧</div>
<div class="ggnr"><h3>{T}</h3>
<div class="time">⟦m 信息时间：2025-10-09　阅读次数：264⟧</div>
<div class="count">⟦m 公示期剩余：0天 22小时 14分⟧</div>
{BODY}
</div>
<div class="help">⟦m CA证书服务热线：0775-8139400⟧ ⟦m 交易系统技术支持：400-611-3022⟧</div>
<div class="foot">⟦m 纬阳市公共资源交易中心主办⟧ ⟦m 桂ICP备16003319号-1⟧</div>
</body></html>
""",
        body="""
一、项目编号：WYZC2025-G0917
二、项目名称：纬阳职业技术学院烹饪实训室小吃设备采购项目
三、中标（成交）信息
包号　货物名称　数量　中标供应商　中标金额（元）
1　电热章鱼小丸子机（双板）　12台　纬阳市丸香电器有限公司　43,200
2　商用电饼铛　8台　舶湾县厨友设备商行　19,760
3　不锈钢操作台　20张　纬阳市恒锐厨具有限公司　31,400
四、评审专家名单：狄建华、梢红梅、崛志远、镶文斌、迪秋实
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：纬阳职业技术学院，联系人：舶老师，电话：0775-8390127
采购代理机构：纬阳市正衡招标代理有限公司，联系人：狄工，电话：0775-8123516
纬阳市正衡招标代理有限公司
2025年10月9日
""",
    ),
    dict(
        slug="tender-shaoling-roaster-inquiry",
        site="梢岭县政府采购网 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://zfcg.shaoling.gov.cn/xjgg/2025/0425/102.html",
        title="梢岭景区游客服务中心商业设备询价采购公告",
        record_title="梢岭景区游客服务中心商业设备询价采购公告〖询价·货物类〗_梢岭县政府采购网",
        date="2025-04-25",
        notes="tender text page: an items table, an inquiry file to download and a quote to scan and mail as content; purchaser contact beside the platform's CA line",
        page="""
!m 梢岭县政府采购网
!m 首页 > 采购公告 > 询价公告
!t 梢岭景区游客服务中心商业设备询价采购公告〖询价·货物类〗_梢岭县政府采购网
!m 发布日期：2025-04-25　　采购方式：询价　　浏览：97
!m 报价截止倒计时：3天05时42分
{BODY}
!a 〖下载询价文件〗　〖我要报价〗
!m 平台CA办理及驱动问题请拨：0775-7301188
!m 梢岭县财政局主办　　技术支持：梢岭县信息中心
""",
        indent="",
        body="""
梢岭景区管理中心拟对游客服务中心简餐区商业设备进行询价采购，欢迎符合条件的供应商参加报价。
一、采购内容
序号　品名　数量　主要要求
1　商用烤肠机（带防护玻璃罩）　2台　七管以上，具有3C认证
2　保温展示柜　2台　容量不小于80升
3　电热开水器　1台　功率6千瓦
二、供应商资格：具有独立承担民事责任的能力，近三年内无重大违法记录。
三、报价方式：供应商请于4月28日17时前在本网下载询价文件，填写报价单后签字盖章，扫描发送至zfcg_sl@163.com，原件随货提交。
四、联系方式：梢岭景区管理中心，联系人崛先生，电话0775-7325061。
梢岭景区管理中心
2025年4月25日
""",
    ),
    dict(
        slug="law-xiangheng-roaster-burn-liability",
        site="纬阳镶衡律师事务所 (invented)",
        style="律所网站",
        genre="案例分析",
        kind="other",
        form="html",
        source="https://www.xianghenglaw.cn/anli/qinquan/2025/318.html",
        title="孩子被路边摊烤肠机烫伤，摊主要担责吗？",
        record_title="【镶衡说案】孩子被路边摊烤肠机烫伤，摊主要担责吗？｜镶衡律师事务所",
        date=None,
        notes="law firm page: lawyer card, consult float, 400 line, repost notice; a lawyer-consult line glued after a sentence; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【镶衡说案】孩子被路边摊烤肠机烫伤，摊主要担责吗？｜镶衡律师事务所</title>
<script src="/theme/law/js/consult.js"></script>
</head><body>
<div class="top">⟦m 纬阳镶衡律师事务所 · 以专业守护公平⟧ ⟦m 全国咨询热线：400-882-6710⟧</div>
<div class="nav">⟦m 首页 律所简介 专业团队 业务领域 镶衡说案 联系我们⟧</div>
<div class="pos">⟦m 首页 / 镶衡说案 / 侵权责任⟧</div>
<div class="case"><h1>{T}</h1>
<div class="info">⟦m 撰稿：镶衡律所 狄文博律师　阅读：1,382⟧</div>
{BODY}
</div>
<div class="card">⟦m 狄文博 律师 ｜ 执业证号 14507202010883561 ｜ 擅长人身损害赔偿⟧</div>
<div class="float">⟦w 在线免费咨询，律师10分钟内回复⟧</div>
<div class="repost">⟦d 本文为镶衡律所原创，转载请注明出处及作者⟧</div>
<div class="foot">⟦m 地址：纬阳市迪湖区晰园路9号金融大厦17层⟧ ⟦m 桂ICP备19017732号⟧</div>
</body></html>
""",
        body="""
【案情】六岁的小明放学后在校门口一个烤肠摊前等着买烤肠。摊主把烤肠机放在三轮车的车斗边缘，没有安装防护罩。小明踮脚去看，手臂贴到了发热的滚轴上，造成二度烫伤，花去医疗费一万二千余元。小明的父母起诉摊主，要求赔偿。
【分析】根据民法典的有关规定，经营者对消费者负有安全保障义务。摊主在人流密集的校门口经营，应当预见到儿童可能靠近烤肠机，却没有安装防护罩，也没有设置隔离，未尽到安全保障义务，应当承担侵权责任。⟦w 类似纠纷，可拨打镶衡咨询热线免费问律师⟧
同时，小明的父母作为监护人，未能看护好孩子，也存在一定过错，可以适当减轻摊主的责任。
【结果】法院酌定摊主承担百分之七十的赔偿责任。
【提示】摊主使用烤肠机应加装防护罩，与顾客保持距离；家长带孩子购买食品时也要注意看护。
""",
    ),
    dict(
        slug="law-dihu-lawyer-answer-teaser-wire",
        site="迪湖法律服务网 (invented)",
        style="律所网站",
        genre="法律问答",
        kind="other",
        form="text",
        source="http://www.dihulaw.com/wenda/20250712/5527.html",
        title="网购的逗猫棒铁丝扎伤了猫，能向商家索赔吗？",
        record_title="网购的逗猫棒铁丝扎伤了猫，能向商家索赔吗？——迪湖律师在线解答",
        date=None,
        notes="law site Q&A as text: question box, the lawyer's answer as body, a lawyer card and a consult line; answered '2 天前', so no date",
        page="""
!m 迪湖法律服务网　　让每个人身边都有律师
!m 首页 ＞ 法律问答 ＞ 消费维权
!t 网购的逗猫棒铁丝扎伤了猫，能向商家索赔吗？——迪湖律师在线解答
!l 网友提问：在网店买的逗猫棒，用了不到一周，顶端的铁丝从羽毛里戳出来，把猫嘴扎破了，看病花了六百多。商家只肯退货款二十九元，我该怎么办？
!m 梢宁律师　迪湖正平律师事务所　回复于 2 天前
{BODY}
!m 梢宁律师已帮助 3,120 位网友
!w 电话咨询梢律师：139 7750 2618（工作日9:00-18:00）
!l 相关问答：宠物在宠物店洗澡时受伤谁负责？｜网购猫粮变质怎么维权？
!d 以上回答仅为律师个人意见，具体以案件事实和法律规定为准。
""",
        indent="",
        body="""
您好，您可以向商家主张赔偿，不限于退还货款。
第一，根据产品质量法和民法典，因产品存在缺陷造成他人人身、财产损害的，生产者和销售者应当承担赔偿责任。猫属于您的财产，逗猫棒顶端的铁丝外露扎伤猫咪，产品存在不合理的危险，可以认定为缺陷。
第二，您可以要求商家赔偿医疗费、交通费等实际损失。如果商家拒绝，可以通过网购平台投诉，或拨打12315向市场监管部门投诉。
第三，请保留好证据，包括订单截图、与商家的聊天记录、逗猫棒实物、铁丝外露的照片、宠物医院的病历和收费票据。
如果协商不成，金额不大的，可以向法院提起小额诉讼，程序简便，费用也低。
""",
    ),
]
