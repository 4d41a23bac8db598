"""holdout150, part B: hop growers, bell peppers and beach clean-ups on collections,
Party-building, hospital, university, forum, download, exam, tender, law-firm, residents'
and association sites. All invented."""

CASES = [
    dict(
        slug="anthology-hop-memoir-oneline",
        site="拾穗文存 (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://www.shisuiwc.example.org/juan2/p63.html",
        title="花架下的三十个秋天",
        record_title="《拾穗文存》卷二·第63篇｜花架下的三十个秋天",
        date=None,
        notes="collection chapter; whole body on one line; a year only inside the text; chapter navigation",
        oneline=True,
        indent="　　",
        page="""
!m 拾穗文存 · 一位老花农的自述
!m 目录 ＞ 卷二 田间记事
{T}
{BODY}
!l ← 第62篇　麦场上的电影　｜　第64篇　烘干房里的夜班 →
!m 本卷共71篇　·　已读 63/71
""",
        body="""
一九九四年春天，我在自家地头立起了第一排啤酒花架，那时候全村没几个人见过这种庄稼。
头两年不懂修剪，藤蔓爬得满架子都是，花却结得稀稀拉拉，收购站的人看了直摇头。
后来县里请来技术员，教我们一根架子只留三根主蔓，底部的叶子要及时打掉，第三年亩产就翻了一番。
如今花架从木杆换成了水泥杆，铁丝换成了钢绞线，我也从小伙子变成了老汉，可每年秋天闻到烘干房飘出来的苦香味，心里还是踏实。
""",
    ),
    dict(
        slug="dangjian-beach-branch-summary-html",
        site="蘩口先锋网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.fankouxianfeng.example.gov.cn/zbfc/202512/t20251205_3301.html",
        title="渔港社区党支部2025年“党员净滩先锋队”工作总结",
        record_title="【支部风采】渔港社区党支部2025年“党员净滩先锋队”工作总结",
        date="2025-12-05",
        notes="Party-building site with 【字号】 row; data table; 成文日期; column nav",
        page="""
<html><head><meta charset="utf-8"><title>渔港社区党支部2025年“党员净滩先锋队”工作总结-蘩口先锋网</title></head>
<body>
<header><div>⟦m 蘩口先锋网　不忘初心　牢记使命⟧</div>
<ul class="nav"><li>⟦m 党建要闻⟧</li><li>⟦m 支部风采⟧</li><li>⟦m 学习园地⟧</li><li>⟦m 党员服务⟧</li></ul></header>
<div class="pos">⟦m 您现在的位置：首页 → 支部风采⟧</div>
<h1>{T}</h1>
<p class="src">⟦m 作者：渔港社区党支部　发布：2025-12-06 10:12　阅读：488⟧ <span>⟦a 【字号：大 中 小】⟧</span></p>
<div class="article">
{BODY}
</div>
<div class="pn"><p>⟦l 上一条：鹭屿社区开展“红色物业”观摩活动⟧</p><p>⟦l 下一条：区委组织部召开年轻干部座谈会⟧</p></div>
<footer>⟦m 中共蘩口区委组织部主办　技术支持：海联网络⟧<br>⟦m 闽公网安备35020602000311号⟧</footer>
</body></html>
""",
        body="""
今年以来，渔港社区党支部组建“党员净滩先锋队”，把党员志愿服务延伸到海岸线，现将全年工作总结如下。
一是常态开展净滩。每月第二个周六固定开展净滩活动，全年共组织十二次，累计参与党员和群众六百余人次。
月份　参与人次　清理垃圾（公斤）
第一季度　132　860
第二季度　171　1240
第三季度　158　1115
第四季度　149　930
二是推动源头减量。联合渔港码头管理方设置废旧渔网回收点，全年回收废旧网具两吨多。
三是存在的不足。部分岸段垃圾反弹快，志愿者队伍以老党员为主，青年参与还不够多。
中共渔港社区支部委员会
2025年12月5日
""",
        date_also=["2025-12-06"],
    ),
    dict(
        slug="hospital-beach-heatstroke-tips",
        site="蔚川区第二人民医院 (invented)",
        style="医院官网",
        genre="健康科普",
        kind="other",
        form="text",
        source="https://www.wcey.example.com/jkkp/2025/0702/991.html",
        title="夏季净滩志愿活动防晒伤和中暑提示",
        record_title="夏季净滩志愿活动防晒伤和中暑提示_健康科普_蔚川区第二人民医院",
        date="2025-07-02",
        notes="hospital site; department's 咨询电话 kept beside the hospital's 预约 line in the footer; byline 发布日期",
        page="""
!m 蔚川区第二人民医院　二级甲等综合医院
!m 医院首页 > 健康科普 > 急诊医学
{T}
!m 发布日期：2025-07-02　科室：急诊科　作者：梁文涛
{BODY}
!w 预约挂号请拨打 0592-6618100，或在“蔚川二院”小程序办理
!m 院址：蔚川区滨海大道1200号
!l 相关科普：溺水急救黄金四分钟　海蜇蜇伤怎么办
""",
        body="""
夏季海边紫外线强，净滩活动又多在上午进行，志愿者要特别注意防晒伤和中暑。
出发前涂抹防晒霜，穿浅色长袖衣裤，戴宽檐帽，每隔两小时补涂一次防晒霜。
活动中每二十分钟喝一次水，不要等口渴了再喝，出汗多时可饮用淡盐水。
如出现头晕、恶心、大量出汗后皮肤发烫，应立即到阴凉处休息，解开衣领，用湿毛巾擦拭身体。
症状不缓解或出现意识模糊，要立即拨打120。有疑问可咨询我院急诊科，咨询电话：0592-6618120。
""",
    ),
    dict(
        slug="university-pepper-variety-news-html",
        site="萁城农业职业学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.qcnzy.example.edu.cn/xwzx/xyxw/2025/1020/c1288a5512/page.htm",
        title="我院选育的彩椒新品种“萁红3号”通过省级登记",
        record_title="我院选育的彩椒新品种“萁红3号”通过省级登记-萁城农业职业学院",
        date="2025-10-20",
        notes="modern university template; 发布时间 byline; photo caption between paragraphs; 审核 line glued after last paragraph",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>我院选育的彩椒新品种“萁红3号”通过省级登记-萁城农业职业学院</title>
<style>.x{color:#333}</style></head>
<body>
<div class="head">⟦m 萁城农业职业学院⟧ <span>⟦m 学院首页 | 学院概况 | 新闻中心 | 招生就业 | 信息公开⟧</span></div>
<div class="sub">⟦m 新闻中心 &gt;&gt; 学院新闻⟧</div>
<h1>{T}</h1>
<div class="art-info">⟦m 发布时间：2025-10-20　作者：园艺系　摄影：黎晓　点击：[1136]⟧</div>
{BODY}
<div class="aside"><h4>⟦l 最新动态⟧</h4><ul><li>⟦l 学院举办第六届农机操作技能大赛⟧</li><li>⟦l 园艺系学生赴合作社开展顶岗实习⟧</li></ul></div>
<div class="foot">⟦m 版权所有©萁城农业职业学院　地址：萁城市学院路66号⟧</div>
</body></html>
""",
        body="""
近日，省农作物品种审定委员会发布公告，我院园艺系选育的彩椒新品种“萁红3号”通过省级登记。
该品种果实方灯笼形，成熟后转为亮红色，单果重二百二十克左右，抗病毒病能力较强，适合日光温室越冬茬栽培。
⟦m 图为园艺系教师在实训基地查看“萁红3号”挂果情况⟧
下一步，学院将与县内合作社共建示范基地，明年计划推广种植五百亩。⟦m （审核：鲁立新）⟧
""",
    ),
    dict(
        slug="localforum-beach-trash-complaint",
        site="蕺山生活网 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://bbs.jishanlife.example.com/forum.php?mod=viewthread&tid=551207",
        title="北湾沙滩周末垃圾成堆，有没有人管管？",
        record_title="[民生吐槽] 北湾沙滩周末垃圾成堆，有没有人管管？ - 蕺山杂谈 - 蕺山生活网",
        date="2025-08-04",
        notes="county forum; official reply quoted as part of the post's body? no: only the post; relative time in reply stamp; 发表于 byline",
        page="""
!m 蕺山生活网 » 蕺山杂谈 » 民生吐槽
{T}
!m 海风不咸　发表于 2025-8-4 09:26　|　来自手机
!m 电梯直达 1#
{BODY}
!l 2# 鱼丸粗面　5小时前：同感，上周去也是这样
!l 回复本帖　　收藏　　分享到朋友圈
!d 本站帖子仅代表网友个人观点，与蕺山生活网立场无关。
!m 蕺山生活网 客服QQ：2850019931
""",
        body="""
周日下午带孩子去北湾沙滩，一进去就看到沙滩上到处是外卖盒、饮料瓶和烧烤竹签，垃圾桶早就满了溢出来。
听说志愿者每个月会来捡一次，可一个月一次哪跟得上周末游客扔的速度？
建议管理方周末多放几个垃圾桶，傍晚加派保洁员清一次，再在入口处立个牌子提醒大家把垃圾带走。
""",
    ),
    dict(
        slug="download-hop-drying-rules-html",
        site="农资料下载站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.nongziliao.example.net/soft/55120.html",
        title="啤酒花烘干房安全操作规程",
        record_title="啤酒花烘干房安全操作规程.doc下载",
        date=None,
        notes="old download station: file-info table, mirror links, dead-link report; rules whose articles speak of 扫码/打印 kept; update stamp not a date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>啤酒花烘干房安全操作规程.doc下载_农资料下载站</title></head>
<body>
<table width="960"><tr><td>⟦m 农资料下载站 www.nongziliao.example.net⟧</td><td>⟦a 设为首页 | 加入收藏⟧</td></tr></table>
<table width="960" border="1">
<tr><td>⟦m 资料名称：啤酒花烘干房安全操作规程.doc⟧</td></tr>
<tr><td>⟦m 资料大小：46 KB　资料格式：DOC　更新时间：2025-03-11⟧</td></tr>
<tr><td>⟦m 授权方式：免费资料　下载次数：2219⟧</td></tr>
</table>
<h3>{T}</h3>
<div class="intro">
{BODY}
</div>
<table width="960"><tr><td>⟦a 下载地址：电信下载1　联通下载2　备用下载3⟧</td></tr>
<tr><td>⟦a 下载地址失效？点此报告错误⟧</td></tr></table>
<div>⟦d 本站资料均来自网络收集，仅供学习参考，请于下载后24小时内删除⟧</div>
</body></html>
""",
        body="""
第一条　烘干房操作人员须经培训合格后持证上岗，每班不得少于两人。
第二条　点火前检查燃烧器、风机和温控仪表，确认正常后方可启动。
第三条　烘干温度控制在五十五度至六十度，每半小时记录一次温度和湿度，记录表每班打印存档。
第四条　烘干房内严禁吸烟，不得存放汽油、柴油等易燃物品。
第五条　进出烘干房须扫描门口二维码登记，非操作人员不得入内。
第六条　本规程自发布之日起施行。
""",
    ),
    dict(
        slug="exam-pepper-station-recruit-text",
        site="萁城人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.qcrsks.example.gov.cn/ksgg/2025/0509/4412.html",
        title="萁城市蔬菜技术推广站2025年公开招聘专业技术人员公告",
        record_title="萁城市蔬菜技术推广站2025年公开招聘专业技术人员公告",
        date="2025-05-09",
        notes="record title; exam committee's 咨询电话 kept beside the site's technical line; post table; 下载/打印 准考证 sentence",
        page="""
!m 萁城人事考试网　|　公平　公正　公开
!m 首页 ＞ 考试公告 ＞ 事业单位
{T}
!m 来源：市人社局　时间：2025-05-09　字体：[大][中][小]
{BODY}
!m 网站技术支持电话：0635-8899301（仅解答网上报名技术问题）
!l 相关公告：萁城市农业科学研究所招聘公告
""",
        body="""
根据工作需要，萁城市蔬菜技术推广站面向社会公开招聘专业技术人员3名，现将有关事项公告如下。
岗位代码　岗位名称　人数　专业要求
01　设施蔬菜技术员　2　园艺、设施农业科学与工程
02　植保技术员　1　植物保护
报名时间为2025年5月15日至5月21日，采取网上报名方式。
笔试前一周，考生可登录本网站下载并打印准考证。
咨询电话：0635-8216035（市蔬菜技术推广站）
萁城市人力资源和社会保障局
2025年5月9日
""",
    ),
    dict(
        slug="tender-beach-equipment-bid-result-html",
        site="蘩口区公共资源交易中心 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.fankou.example.gov.cn/jyxx/zbjg/2025/0722/8841.html",
        title="蘩口区海岸带垃圾清理设备采购项目中标结果公告",
        record_title="【中标公示】蘩口区海岸带垃圾清理设备采购项目中标结果公告",
        date="2025-07-22",
        notes="tender platform with bidder/CA rows; purchaser and agency contacts kept beside a CA hotline; bid-result table",
        page="""
<html><head><meta charset="utf-8"><title>蘩口区海岸带垃圾清理设备采购项目中标结果公告</title></head>
<body>
<div class="top">⟦m 蘩口区公共资源交易中心⟧ <a>⟦a 投标人登录⟧</a> <a>⟦a CA数字证书办理⟧</a></div>
<div class="bread">⟦m 交易信息 ＞ 政府采购 ＞ 中标结果⟧</div>
<h2>{T}</h2>
<div class="time">⟦m 【信息时间：2025-07-22】【阅读次数：317】⟧</div>
{BODY}
<div class="help">⟦w CA证书服务热线：400-870-3311（工作日8:30-17:30）⟧</div>
<div class="footer">⟦m 地址：蘩口区行政服务中心B座5层⟧ ⟦d 本平台信息仅供参考，以纸质文件为准⟧</div>
</body></html>
""",
        body="""
一、项目编号：FKCG-2025-0137
二、项目名称：蘩口区海岸带垃圾清理设备采购项目
三、中标信息
包号　中标供应商　中标金额（元）
1　鹭岛环卫装备有限公司　386000
2　海晟机械设备有限公司　214500
四、主要标的：沙滩清洁车两台、移动式垃圾压缩箱六台。
五、公告期限：自本公告发布之日起一个工作日。
采购人：蘩口区海洋与渔业局　联系电话：0592-5307700
采购代理机构：闽诚招标咨询有限公司　联系电话：0592-2201836
""",
    ),
    dict(
        slug="lawfirm-pepper-seed-dispute",
        site="正衡律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="text",
        source="https://www.zhenghenglaw.example.com/anli/2025/0613.html",
        title="彩椒种子不发芽，农户能否获赔？——一起种子质量纠纷评析",
        record_title="律所观察丨彩椒种子不发芽，农户能否获赔？——一起种子质量纠纷评析",
        date="2025-06-13",
        notes="law-firm site; consult widget; not-legal-advice notice; 发布于 byline",
        page="""
!m 正衡律师事务所　ZHENGHENG LAW FIRM
!m 首页 / 律所观察 / 案例评析
{T}
!m 发布于 2025年6月13日　作者：正衡农业法律团队
{BODY}
!d 本文仅为一般性法律信息分享，不视为对具体个案的法律意见。
!w 在线咨询律师：点击右侧对话框，或致电 400-655-0188
!l 上一篇：土地流转合同到期后的地上物归属
""",
        body="""
【基本案情】苈湖县农户陈某从某种子门店购买彩椒种子二十袋，育苗后出苗率不足三成，导致错过定植季节。
【争议焦点】种子经营者是否应当赔偿农户的可得利益损失。
【法院观点】经鉴定，涉案种子发芽率低于国家标准，属于劣种子，经营者应赔偿种子价款、育苗费用及可得利益损失。
【律师提示】农户购买种子时应索要发票和购种凭证，保留种子包装和少量样品，出现问题及时申请田间鉴定。
""",
    ),
    dict(
        slug="community-beach-volunteer-recruit-html",
        site="鹭屿社区居民之家 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://luyu.shequ.example.cn/news/20250826-1.html",
        title="招募净滩志愿者啦！",
        record_title=None,
        date="2025-08-26",
        notes="residents' site with weather widget; title missing from the record, found on the page; grid hotline vs document's 联系人; sentence asking to 关注 kept",
        page="""
<html><head><meta charset="utf-8"><title>鹭屿社区居民之家</title></head>
<body>
<div class="weather">⟦m 今日天气：多云 27～32℃　东南风3级⟧</div>
<div class="logo">⟦m 鹭屿社区居民之家 · 邻里一家亲⟧</div>
<ul class="menu"><li>⟦m 社区公告⟧</li><li>⟦m 便民服务⟧</li><li>⟦m 志愿者之窗⟧</li></ul>
<h3>{T}</h3>
<p class="date">⟦m 2025-08-26　社区居委会⟧</p>
{BODY}
<div class="grid">⟦w 网格服务热线：0592-5330110（24小时）⟧</div>
<div class="foot">⟦m Copyright © 鹭屿社区居委会⟧</div>
</body></html>
""",
        body="""
9月6日（周六）上午，社区将组织居民到鹭屿西岸开展净滩活动，欢迎大朋友、小朋友一起参加。
集合时间：上午7点40分　集合地点：社区党群服务中心门口
12岁以下儿童须由家长陪同，请穿防滑鞋，自带水杯。
想参加的居民请关注社区公众号“鹭屿家园”，在菜单栏“志愿报名”里填写信息。
联系人：郑燕　电话：13905927713
""",
    ),
    dict(
        slug="association-hop-industry-pledge",
        site="西原啤酒花产业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.xyhop.example.org.cn/xhdt/2025/0301.html",
        title="关于规范啤酒花收购秩序的倡议书",
        record_title="【协会倡议】关于规范啤酒花收购秩序的倡议书 - 西原啤酒花产业协会",
        date="2025-03-01",
        notes="association site with member login; numbered list; 成文日期 in Chinese numerals",
        page="""
!m 西原啤酒花产业协会　会员单位 86 家
!a 会员登录　|　入会申请
!m 当前位置：协会动态
{T}
{BODY}
!l 【协会动态】协会第三届理事会第二次会议召开
!m 协会秘书处电话：0994-3317720　邮箱：mishuchu@xyhop.example.org.cn
!d Copyright 2025 西原啤酒花产业协会 保留所有权利
""",
        body="""
全体会员单位：
近年来，个别收购商压级压价、以次充好，扰乱了啤酒花收购秩序，损害了花农和企业的共同利益。为此，协会向全体会员单位发出如下倡议：
1.严格执行行业等级标准，按质论价，不压级压价，不抬价抢购。
2.收购时当场出具检测结果和收购凭证，做到公开透明。
3.不收购掺杂使假、水分超标的啤酒花。
4.发现违规行为及时向协会秘书处反映。
西原啤酒花产业协会
二〇二五年三月一日
""",
    ),
]
