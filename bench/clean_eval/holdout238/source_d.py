"""holdout238, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站 — each once as HTML and once as text.

Invented text (sites, counties, people, firms, numbers, URLs); see ../README.md and ../build.py.
"""

CASES = [
    dict(
        slug="localforum-raotan-used-sacks-subject-jammer",
        site="桡滩人家论坛 (invented county forum, Discuz-like)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.raotanrenjia.example.com/thread-88102-1-1.html",
        title="镇上收旧编织袋的又来了，今年行情咋跌了？",
        record_title=None,
        date=None,
        notes="no record title: the thread subject; a county forum with a weather line, medals, a decoration ad, jammer-font junk "
        "glued and on a line, a 转交职能部门 link; 发表于 2 小时前 is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk"><title>桡滩人家论坛 - 桡溪人自己的网上家园</title>
<style>.jammer{display:none}</style></head><body>
<div class="top">⟦m 桡滩人家论坛⟧ ⟦m 今日桡滩：多云转晴 14～23℃⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div class="ad-banner">⟦w 桡滩鑫家装饰：老房翻新包工包料，电话 139 0739 5521⟧</div>
<div id="pt">⟦m 桡滩人家 › 桡滩杂谈 › 帖子详情⟧</div>
<div class="ts"><span id="thread_subject">{T}</span></div>
<table><tr><td class="pls">⟦m 稻香老农⟧<br>⟦m 勋章：热心乡亲　老会员⟧</td>
<td class="plc"><div class="authi">⟦m 发表于 2 小时前 ｜ 只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="po">⟦a 回复　点评　分享　收藏⟧</div>
<div class="gov">⟦l 【转交职能部门】点此将本帖转给镇供销社⟧</div></td></tr></table>
<div class="reply">⟦l 沙发　细伢子：去年我也是卖的一毛五⟧</div>
<div id="ft">⟦m 桡滩人家论坛　客服QQ群 5571903　湘ICP备13012264号⟧</div>
</body></html>
""",
        p_html='<p>{}</p>',
        junk=dict(lines=1, glued=2),
        body="""
今天上午，桡滩镇菜市场门口又来了收旧编织袋的三轮车，喇叭里喊着“旧编织袋两毛一条”。
我家去年卖稻谷剩下三十多条，都是装过谷子的，干干净净，本想卖了，结果老板说只收白色的，带字的、破洞的只给一毛。
问了问旁边几个大姐，说去年还是三毛一条，今年跌了一毛。也有人说收去的袋子是拿去做再生颗粒的，洗一洗就能造新袋子。
想问问论坛里懂行的朋友，现在旧编织袋到底什么行情？村里有没有固定的回收点？总比堆在杂物间里发霉强。
""",
    ),
    dict(
        slug="localforum-qinyang-lift-button-burnt-text",
        site="檎阳百姓论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.qybaixing.example.net/read.php?tid=50317",
        title="小区电梯按钮被烟头烫坏，物业一个月还没修",
        record_title="[楼道曝光] 小区电梯按钮被烟头烫坏，物业一个月还没修 - 民生热线版 - 檎阳百姓论坛",
        date=None,
        notes="a county forum as text: a poster line with 前天, a photo placeholder between paragraphs, an official-reply link, "
        "a decoration ad; no date",
        page="""
!m 檎阳百姓论坛 » 民生热线版
!t [楼道曝光] 小区电梯按钮被烟头烫坏，物业一个月还没修
!m 楼主：文昌路老住户　前天 19:42　查看 1420　回复 33
{BODY}
!l 【官方回复】檎阳县住建局：已转物业主管部门督办，请关注后续回复
!l 2楼　路过的：我们小区也是，按钮上全是黑印子
!w 檎阳电梯维保找恒升，24小时上门：0736-5216688
!m 檎阳百姓论坛　版权所有
""",
        body="""
我住文昌路锦江小区5栋，楼里那台电梯1楼的上行按钮一个多月前被人用烟头烫坏了，按钮中间熔了个坑，按下去没反应，只能按下行的让电梯下来，再进去按楼层。
⟦m ［图片1］［图片2］⟧
老人和抱小孩的住户每次都要多等一趟。上个月我就给物业打过电话，物业说已经报给维保单位了，可到现在也没人来修。
想问问大家：电梯按钮坏了，物业多长时间内必须修好？小区里的电梯到底归谁管？希望相关部门能督促一下。
另外也请抽烟的邻居自觉一点，别在电梯厅抽烟，更别拿按钮出气。
""",
    ),
    dict(
        slug="download-gongcheng-ropes-rules-gb2312-mirrors",
        site="工程资料屋 (invented download station, old gb2312 table layout)",
        style="资料下载站",
        genre="制度",
        kind="rule",
        form="html",
        source="http://www.gczlwu.example.com/soft/anquan/20931.html",
        title="高处作业安全绳使用管理规定",
        record_title="高处作业安全绳使用管理规定（doc可直接打印）- 工程资料屋",
        date=None,
        notes="old gb2312 download page: file-info table (size, type, update stamp, stars), three mirror links, an unzip password, "
        "a dead-link report; 第N条 articles speaking of 扫码/打印 stay in the body; no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>高处作业安全绳使用管理规定（doc可直接打印）- 工程资料屋</title></head>
<body><table width="950" align="center" border="0" cellpadding="0" cellspacing="0">
<tr><td class="logo">⟦m 工程资料屋⟧</td><td class="slogan">⟦m 施工人的资料仓库⟧</td></tr>
<tr><td colspan="2" class="nav">⟦m 首页 ┊ 安全资料 ┊ 技术交底 ┊ 施工方案 ┊ 表格大全⟧</td></tr>
<tr><td colspan="2">⟦m 当前位置：工程资料屋 → 安全资料 → 管理制度⟧</td></tr></table>
<table width="950" align="center" border="1" bordercolor="#cccccc" cellspacing="0" class="info">
<tr><td colspan="2"><h1>{T}</h1></td></tr>
<tr><td>⟦m 资料大小：41 KB⟧</td><td>⟦m 资料格式：DOC⟧</td></tr>
<tr><td>⟦m 更新时间：5 天前⟧</td><td>⟦m 推荐等级：★★★★⟧</td></tr>
<tr><td colspan="2">
{BODY}
</td></tr>
<tr><td colspan="2" class="dl">⟦a 下载地址一：电信高速⟧　⟦a 下载地址二：联通高速⟧　⟦a 下载地址三：本地直连⟧</td></tr>
<tr><td colspan="2">⟦a 解压密码：gczlwu⟧　<a href="/err.asp">⟦a 链接失效？点此报错⟧</a></td></tr>
<tr><td colspan="2">⟦l 相关资料：脚手架搭设验收表　安全带进场检验记录　吊篮作业安全交底⟧</td></tr></table>
<table width="950" align="center"><tr><td align="center">⟦d 工程资料屋所有资料来源于网络，仅供学习交流，请于下载后24小时内删除。⟧<br>⟦m 工程资料屋 gczlwu.example.com　豫ICP备08021473号⟧</td></tr></table>
</body></html>
""",
        body="""
第一条　为预防高处坠落事故，规范安全绳的采购、发放、使用和报废，制定本规定。
第二条　凡在坠落高度基准面2米以上作业的人员，必须正确佩戴安全带并系挂安全绳。
第三条　安全绳实行编号管理，每根绳上粘贴二维码标签，使用人每次领用前须扫码确认检查记录。
第四条　安全绳应挂在牢固的独立挂点上，实行高挂低用，严禁挂在移动或带尖锐棱角的构件上。
第五条　项目安全员每月对在用安全绳全面检查一次，打印检查台账并签字存档。
第六条　有断股、烧伤、霉变或受过坠落冲击的安全绳，应立即剪断报废，不得修补后继续使用。
第七条　本规定自发布之日起执行。
""",
    ),
    dict(
        slug="download-xiazaiba-crate-lease-template-doc",
        site="下载吧范本频道 (invented download station, text)",
        style="资料下载站",
        genre="合同范本",
        kind="contract",
        form="text",
        source="http://fanben.xzb8.example.net/hetong/zulin/1729.html",
        title="塑料周转箱租赁合同",
        record_title="塑料周转箱租赁合同.doc",
        date=None,
        notes="a download station's text page: file-name record title, a file-info line, download buttons; a contract template "
        "with ×× placeholders, ＿＿ blanks and ＿＿＿＿年＿＿月＿＿日; no date",
        page="""
!m 下载吧 · 合同范本频道
!m 首页 > 租赁合同 > 设备租赁
!t 塑料周转箱租赁合同.doc
!m 文件大小：28.5K　授权：免费　添加日期：上周
!a 〔高速下载〕〔普通下载〕〔收藏〕
{T}
{BODY}
!a 以上为预览内容，下载后可直接填写
!l 热门范本：仓库租赁合同　货车租赁合同　叉车租赁协议
!d 下载吧提供的合同范本仅供参考，签约前请咨询专业人士。
""",
        body="""
出租方（甲方）：＿＿＿＿＿＿
承租方（乙方）：＿＿＿＿＿＿
第一条　甲方将××型塑料周转箱＿＿只出租给乙方，用于果蔬配送，租期自＿＿年＿＿月＿＿日起至＿＿年＿＿月＿＿日止。
第二条　租金每只每月＿＿元，乙方于每月×日前支付上月租金；押金每只＿＿元，租期届满如数归还周转箱后退还。
第三条　乙方应妥善使用周转箱，不得装运化工品、垃圾等，不得转租。丢失或损坏的，按每只＿＿元赔偿。
第四条　甲方负责每月清洗消毒一次，并向乙方提供清洗记录。
第五条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="exam-zuocheng-shears-practical-timetable",
        site="笮城人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.zcrsks.example.gov.cn/jnjd/202504/t20250408_1826.html",
        title="2025年笮城市园林绿化工职业技能等级认定实操考核通知",
        record_title="【技能认定·实操】2025年笮城市园林绿化工职业技能等级认定实操考核通知｜笮城人事考试网",
        date="2025-04-07",
        date_also=["2025-04-08"],
        notes="a personnel-exam site: a maintenance banner, an admission-ticket float, a technical-support line; the notice's "
        "咨询电话 in the body; a timetable one row a paragraph; 下载/打印 准考证 and bring-your-own 修枝剪 as content",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【技能认定·实操】2025年笮城市园林绿化工职业技能等级认定实操考核通知｜笮城人事考试网</title></head><body>
<div class="banner-warn">⟦d 系统将于4月12日22:00至次日6:00停机升级，其间暂停报名与缴费⟧</div>
<div class="ks-head">⟦m 笮城人事考试网⟧ ⟦m 笮城市人事考试中心主办⟧</div>
<div class="ks-nav">⟦m 首页　考试公告　技能认定　成绩查询　证书领取⟧</div>
<div class="ks-pos">⟦m 首页 >> 技能认定 >> 公告⟧</div>
<h1>{T}</h1>
<div class="ks-meta">⟦m 发布日期：2025-04-08　信息来源：职业技能鉴定科⟧</div>
<div class="ks-txt">
{BODY}
</div>
<div class="ks-float">⟦a 准考证打印入口 ▶⟧</div>
<div class="ks-foot">⟦m 网站技术支持：0715-3388520（仅限系统故障）⟧<br>⟦m 笮城市人事考试中心　鄂ICP备09031882号⟧</div>
</body></html>
""",
        body="""
各位考生：
2025年第一批园林绿化工（四级、五级）职业技能等级认定理论考试已结束，现将实操考核有关事项通知如下。
一、考核安排
级别　日期　时间　地点
五级　4月19日　8:30-11:30　市园林科研所苗圃
四级　4月19日　14:00-17:30　市园林科研所苗圃
四级　4月20日　8:30-12:00　炻湖公园东区
二、考生须知
1.考生须于4月16日起登录本网站下载并打印准考证，考核当天凭准考证和身份证入场。
2.考生须自带修枝剪、手锯和劳保手套，修枝剪应刃口完好、锁扣灵活，考核组不提供工具。
3.考核内容包括绿篱整形、花灌木修剪和工具使用安全，使用工具不规范的当场扣分。
咨询电话：0715-3388631（职业技能鉴定科，工作日）
笮城市人事考试中心
2025年4月7日
""",
    ),
    dict(
        slug="exam-qinyang-power-hire-rope-climb-text",
        site="檎阳人才考试网 (invented, text)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.qyrcks.example.cn/gg/2024/0902/2231.html",
        title="檎阳县供电服务公司2024年公开招聘配电运维人员实操测试公告",
        record_title="檎阳县供电服务公司2024年公开招聘配电运维人员实操测试公告（附测试项目）丨檎阳人才考试网",
        date="2024-09-02",
        notes="an exam site as text: a system-maintenance line, a ticket-printing entry; test items and a safety-rope check "
        "in the body; the company's 咨询电话 beside the site's hotline; 成文日期 equals the posting date",
        page="""
!m 檎阳人才考试网　考试公告
!d 提示：本网站报名系统每周日凌晨维护，届时无法登录
!m 首页 > 招聘考试 > 国企招聘
{T}
!m 发布：2024-09-02　来源：檎阳县供电服务有限公司
{BODY}
!a 〔准考证打印〕〔成绩查询〕
!m 考试网咨询热线：0736-5200369
!m 檎阳人才考试网　湘ICP备16018843号
""",
        body="""
根据招聘工作安排，现将配电运维岗位实操测试有关事项公告如下：
一、测试时间：2024年9月10日上午8:00起，按准考证号顺序分组进行。
二、测试地点：檎阳县供电服务公司培训基地（檎阳县工业园区纬二路）。
三、测试项目：登杆作业、安全绳系挂与检查、低压接线。其中登杆作业须全程正确系挂安全带和安全绳，出现脱钩、低挂高用的，该项目记零分。
四、考生须穿运动鞋、长袖工作服，安全帽、安全带、安全绳由测试单位统一提供，考生不得自带。
五、测试成绩满分100分，于9月13日在本网站公布。
咨询电话：0736-5203317（公司人力资源部）
檎阳县供电服务有限公司
2024年9月2日
""",
    ),
    dict(
        slug="tender-dingchuan-crates-bid-result-lots",
        site="碇川县公共资源交易中心 (invented tender portal)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="html",
        source="https://ggzy.dingchuan.example.gov.cn/jyxx/zfcg/zbgg/20240809/6610.html",
        title="碇川县学生营养餐配送周转箱采购项目中标结果公告",
        record_title="〖中标公示〗碇川县学生营养餐配送周转箱采购项目中标结果公告 - 碇川县公共资源交易中心",
        record_date="2024-08-09",
        date="2024-08-09",
        notes="a tender portal: a publicity-period countdown, CA and trading-system hotlines; purchaser and agency contacts in the "
        "body; a lots table one row a paragraph; the record's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>〖中标公示〗碇川县学生营养餐配送周转箱采购项目中标结果公告 - 碇川县公共资源交易中心</title></head><body>
<div class="jy-head">⟦m 碇川县公共资源交易中心⟧ <a>⟦a 主体登录⟧</a> <a>⟦a CA证书办理⟧</a></div>
<div class="jy-nav">⟦m 首页　交易信息　政府采购　工程建设　服务指南⟧</div>
<div class="jy-pos">⟦m 交易信息 ＞ 政府采购 ＞ 中标公告⟧</div>
<h2 class="jy-title">{T}</h2>
<div class="jy-meta">⟦m 信息时间：2024-08-09　阅读次数：288⟧</div>
<div class="jy-count">⟦m 公示期剩余：1天 06:42:17⟧</div>
<div class="jy-txt">
{BODY}
</div>
<div class="jy-help">⟦m CA数字证书服务：400-8877-106　交易系统技术支持：0731-2259018⟧</div>
<div class="jy-foot">⟦m 碇川县公共资源交易中心　地址：碇川县行政中心B座3楼　湘ICP备17012035号⟧</div>
</body></html>
""",
        body="""
一、项目编号：DCZC-2024-0715
二、项目名称：碇川县学生营养餐配送周转箱采购项目
三、中标信息
包号　货物　中标供应商　中标金额（元）
1　食品级周转箱（带盖）6000只　笮城恒塑包装有限公司　318000
2　保温周转箱800只　檎阳县冷鲜物流设备有限公司　152000
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：碇川县教育局　联系人：游晓舟　电话：0731-2258163
代理机构：碇川县明正招标代理有限公司　联系人：贺蓉　电话：0731-2257740
""",
    ),
    dict(
        slug="tender-raoxi-flood-sacks-inquiry-items",
        site="桡溪县政府采购网 (invented, text)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://www.rxzfcg.example.gov.cn/xjgg/2024/0603/90211.html",
        title="桡溪县防汛物资（编织袋）询价采购公告",
        record_title="询价采购｜桡溪县防汛物资（编织袋）询价采购公告（再次询价）",
        date="2024-06-03",
        notes="a procurement site as text: an items table one row a paragraph; '下载询价文件' as content; 附件 line; "
        "the purchaser's contact beside a platform hotline; 成文日期 under the signature",
        page="""
!m 桡溪县政府采购网
!m 当前位置：首页 » 采购公告 » 询价公告
{T}
!m 发布时间：2024-06-03 17:20　浏览：341
!m 报价截止倒计时：2天 19小时
{BODY}
!a 【附件下载】询价文件.docx（需登录供应商账号）
!m 平台客服热线：400-1690-285
!m 桡溪县财政局主管　湘ICP备20003517号
""",
        body="""
桡溪县水利局防汛物资采购项目已按规定程序批准，现邀请合格供应商参加询价。
一、采购内容
品名　规格　数量　最高限价
防汛编织袋　55厘米×95厘米　50000条　1.2元/条
吨袋　90厘米×90厘米×110厘米　500条　28元/条
二、供应商可于6月4日至6月6日登录本网站下载询价文件，于6月7日上午10时前递交密封报价。
三、交货期：合同签订后7日内送至县防汛物资仓库。
联系人：徐帆　电话：0739-6620158
附件：询价文件
桡溪县水利局
2024年6月3日
""",
    ),
    dict(
        slug="lawfirm-hengjian-rope-snap-case-card-float",
        site="恒鉴律师事务所 (invented law firm)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.hengjianlaw.example.cn/anli/1127.html",
        title="安全绳断裂致坠落，雇主和卖绳子的谁担责？",
        record_title="判例回看 ▪ 安全绳断裂致坠落，雇主和卖绳子的谁担责？｜恒鉴律师事务所",
        date=None,
        notes="a law firm page: a lawyer card, a consult float, a 400 line, a 本文地址 block and a repost notice; "
        "a consult prompt glued after a 。 inside the case note; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>判例回看 ▪ 安全绳断裂致坠落，雇主和卖绳子的谁担责？｜恒鉴律师事务所</title></head><body>
<div class="law-top">⟦m 恒鉴律师事务所⟧ ⟦m 专注人身损害与劳动争议⟧ ⟦m 全国咨询：400-6072-118⟧</div>
<div class="law-nav">⟦m 首页　律所简介　律师团队　判例回看　联系我们⟧</div>
<h1>{T}</h1>
<div class="law-meta">⟦m 栏目：判例回看　阅读 1093⟧</div>
<div class="law-txt">
{BODY}
</div>
<div class="law-card">⟦m 主办律师：祁晟　执业证号 14303201511082245⟧<br>⟦w 扫码添加祁律师微信，免费初步评估⟧</div>
<div class="law-link">⟦m 本文地址：https://www.hengjianlaw.example.cn/anli/1127.html⟧</div>
<div class="law-note">⟦d 转载请注明来自恒鉴律师事务所，案例仅供参考，不构成法律意见。⟧</div>
<div class="law-float">⟦w 在线咨询　律师10秒回复⟧</div>
</body></html>
""",
        body="""
【案情】某装修队工人邵某在外墙作业时，所系安全绳突然断裂，从三楼坠落致腰椎骨折。事后查明，该安全绳是装修队老板从路边摊购买的“三无”产品，没有合格证。
【争议】邵某要求装修队老板和卖绳子的摊主共同赔偿。老板称自己已配发了安全绳，是邵某自己没检查。
【裁判】法院认为，雇主负有提供合格劳动防护用品的义务，购买无合格证的安全绳，未尽安全保障义务，应承担主要赔偿责任；销售者出售不合格产品，应与雇主承担连带责任。⟦w 类似纠纷可拨打400热线预约面谈⟧
【律师提示】雇主采购安全绳要索要合格证和检验报告；工人发现绳子有问题，有权拒绝上岗作业。
""",
    ),
    dict(
        slug="lawfirm-mingshu-lift-button-finger-answer",
        site="明枢律师网 (invented law-advice site, text)",
        style="律所网站",
        genre="法律问答",
        kind="other",
        form="text",
        source="http://www.mingshulaw.example.com/wenda/30518.html",
        title="电梯按钮夹伤孩子手指，物业要不要赔？",
        record_title="律师答网友 · 电梯按钮夹伤孩子手指，物业要不要赔？（宝妈宝爸看过来）- 明枢律师网",
        date=None,
        notes="a law-advice site as text: the asker's question line, the lawyer's card line, a consult prompt on a line of its "
        "own between paragraphs, a disclaimer; 4 天前 is no date",
        page="""
!m 明枢律师网 · 免费法律咨询
!m 首页 › 律师答网友 › 物业纠纷
!t 律师答网友 · 电梯按钮夹伤孩子手指，物业要不要赔？
!m 网友提问：孩子在小区电梯里玩按钮，手指被按钮边缘的缝隙夹伤了，物业说是家长没看好。（4 天前）
!m 解答律师：甘书砚　明枢律师网签约律师
{BODY}
!w 物业纠纷一对一咨询，拨打 0736-5218812
!d 以上解答仅代表律师个人观点，具体案件请以当面咨询为准。
""",
        body="""
这个问题要看按钮本身有没有缺陷，以及家长是否尽到了监护责任。
如果按钮面板松动、边缘翘起，形成了能夹进手指的缝隙，说明电梯存在安全隐患。物业作为电梯的使用管理单位，负有日常检查和及时报修的义务，没有发现或发现后不处理，应当承担相应的赔偿责任。
⟦w 想知道能赔多少？点这里让律师帮你算一算⟧
如果按钮完好，是孩子把手指硬塞进按钮和面板之间，家长没有看护好，那么家长要承担主要责任，物业一般只承担较小的责任或不承担责任。
建议您先拍照固定按钮的状况，调取电梯监控，保留就医票据，再与物业协商；协商不成的，可以向人民法院起诉。
""",
    ),
]
