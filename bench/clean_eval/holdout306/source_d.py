"""holdout306, part D: county forums, download stations, personnel-exam sites, tender portals and law firms.

Invented text throughout (sites, places, people, phones, URLs); see ../README.md and ../build.py.
"""

CASES = [
    dict(
        slug="countyforum-dangxi-rakes-on-road-thread-subject",
        site="垱溪论坛 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.dangxi-luntan.example.com/thread-230418-1-1.html",
        title="公路边晒谷子的注意了，谷耙晒垫别横在路中间！",
        record_title=None,
        date=None,
        notes="no title in the record and a board-only <title>: the thread subject holds it (a [路况] tag before it); a "
        "weather line, medals, a forwarded-to-bureau link, replies and a driving-school ad; posted '昨天 19:42' (no "
        "date)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>垱溪论坛 - 社会民生</title><script src="data/cache/common.js?v=x3"></script></head><body>
<div class="hd">⟦m 垱溪论坛⟧ ⟦m 垱溪人自己的网上家园⟧ <span>⟦m 今日垱溪：多云 16～25℃⟧</span></div>
<div class="pt">⟦m 垱溪论坛 › 社会民生 › 帖子详情⟧</div>
<h1 class="ts">⟦m [路况]⟧ <span id="thread_subject">{T}</span></h1>
<div class="pi"><div class="authi">⟦m 风里来雨里去　楼主　发表于 昨天 19:42⟧</div><p>⟦m 勋章：热心网友 · 老坛友⟧</p></div>
<div class="t_f">
{BODY}
</div>
<div class="gov">⟦a 本帖已转交县交通运输局，点此查看官方回复⟧</div>
<div class="rep">⟦l 2楼 桥头老刘：确实，我们村口天天这样⟧</div>
<div class="rep">⟦l 3楼 垱溪小七：支持楼主，晒场去晒安全多了⟧</div>
<div class="ad">⟦d 推广：垱溪顺达驾校 秋季学车优惠 0716-7352288⟧</div>
<div class="ft">⟦m 垱溪论坛 鄂ICP备16020937号⟧ <a>⟦a 手机版⟧</a></div>
</body></html>
""",
        body="""
今天下午骑电动车从堨头回县城，过了壆下桥那一段，路两边全是晒的谷子，有的直接铺到了路中间，一把谷耙就横在车道上，齿朝上。我一个没注意压上去，车头一歪差点摔了，后面一辆小货车急刹才停住。
理解大家秋收忙、晒场不够，但公路真不是晒谷的地方。晚上路灯暗，谷堆和谷耙根本看不清，摩托车、电动车压上去很容易出事。
听说镇里今年在几个村设了免费晒场，还能借谷耙和晒垫，离得不远的乡亲们还是去晒场吧。实在要在路边晒的，至少把谷耙收到路肩外面，别让它横在路上。
""",
    ),
    dict(
        slug="countyforum-langwan-night-market-ladle-racks-junk",
        site="阆湾生活网论坛 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://www.langwan-life.example.com/bbs/meishi/t88172.html",
        title="夜市几家摊子的汤勺架直接搁地上，看着真闹心",
        record_title="[吐槽] 夜市几家摊子的汤勺架直接搁地上，看着真闹心（带现场照片）- 美食街 - 阆湾生活网",
        date=None,
        notes="a county forum post with anti-scraping junk; online count, floor replies, a login prompt and an ad QQ; "
        "posted '前天 08:16' (no date); a hotline number as content in the body",
        page="""
!m 阆湾生活网 » 论坛 » 美食街
!t [吐槽] 夜市几家摊子的汤勺架直接搁地上，看着真闹心（带现场照片）
!m 作者：湾里小鱼　　发表于 前天 08:16　　查看 3105　回复 47
!m 当前在线：1267 人
{BODY}
!l 【沙发】阆湾吃货团：支持，老街那几家确实该管管
!l 【板凳】摊主小林：我家是放案板上的哈，别一杆子打翻
!a 回帖请先登录｜还没账号？马上注册
!w 美食街广告合作加QQ：3307152466
!m 阆湾生活网 版权所有
""",
        junk=dict(lines=1, glued=3),
        body="""
昨晚带孩子去阆湾老街夜市吃东西，走了一圈，心里有点膈应。
好几家卖麻辣烫、卤粉的摊子，汤勺架就搁在地上，紧挨着装脏碗的塑料桶，汤勺挂在上面往下滴汤，旁边就是人来人往踩过的地面。有一家老板舀完汤直接把勺子往架上一挂，也不冲一下。
也不是说要多讲究，夜市小本生意不容易，但汤勺架放到案板上、用个带盖的盒子罩一下，花不了几个钱吧？
已经打12345反映了，希望市场监管的同志去看看。也希望摊主们自己多注意点，吃进嘴里的东西，干净比什么都重要。
""",
    ),
    dict(
        slug="download-lvlin-rules-threshing-tub-workshop-gb2312",
        site="绿林资料站 (invented download station, old gb2312 tables)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.lvlinziliao.example.com/zhidu/anquan/20517.html",
        title="禾桶制作传习工坊安全操作规程",
        record_title="禾桶制作传习工坊安全操作规程（docx可编辑版）[零积分直下] - 绿林资料站",
        date=None,
        notes="a download station's file-info table (size, format, downloads, '收录时间：半年前'), three mirror links "
        "and a dead-link report; rules with 第N条 articles and only an effective clause (no date)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>禾桶制作传习工坊安全操作规程（docx可编辑版）[零积分直下] - 绿林资料站</title>
<script src="/js/ads.js"></script></head><body>
<table width="980" align="center"><tr><td>⟦m 绿林资料站⟧ ⟦m 专注规章制度、表格范本下载⟧</td><td align="right">⟦a 加入收藏 | 设为主页⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 当前位置：绿林资料站 → 规章制度 → 安全操作规程⟧</td></tr></table>
<table width="980" align="center" border="1" cellspacing="0">
<tr><td colspan="2" align="center"><b>{T}</b></td></tr>
<tr><td>⟦m 资料大小：23.5 KB⟧</td><td>⟦m 资料格式：DOC⟧</td></tr>
<tr><td>⟦m 下载次数：1,207⟧</td><td>⟦m 收录时间：半年前⟧</td></tr>
<tr><td colspan="2">
{BODY}
</td></tr>
<tr><td colspan="2">⟦a 下载地址一：电信高速下载⟧　⟦a 下载地址二：联通高速下载⟧　⟦a 下载地址三：移动备用下载⟧</td></tr>
<tr><td colspan="2">⟦a 链接打不开？点此报告死链⟧</td></tr>
</table>
<table width="980" align="center"><tr><td>⟦d 本站资料均来自网络收集，仅供学习参考，请在下载后24小时内删除⟧<br>⟦m 绿林资料站 lvlinziliao.example.com 豫ICP备08013326号⟧</td></tr></table>
</body></html>
""",
        body="""
第一条　为保障学员和工匠人身安全，规范禾桶制作传习工坊的生产秩序，制定本规程。
第二条　进入工坊须穿防滑鞋、戴护目镜，长发须束起，不得穿拖鞋、戴手套操作电锯和刨床。
第三条　锯板、刨板前应检查锯片、刨刀是否紧固，电源线有无破损；木料上的铁钉、砂石须先清除。
第四条　箍桶使用铁箍时，须用专用锤具敲打，旁人不得站在铁箍弹出方向；竹篾箍破篾时刀口向外。
第五条　桶板刷桐油应在通风处进行，油料、刨花每日清理，工坊内严禁烟火。
第六条　学员首次操作机械设备，须在工匠指导下进行；未经培训的人员不得独立使用电动工具。
第七条　本规程自公布之日起施行，由工坊负责人负责解释。
""",
    ),
    dict(
        slug="download-wenxin-rules-spoon-forming-wps",
        site="文馨下载站 (invented download station, text page)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="text",
        source="http://down.wenxin-xz.example.net/soft/anquan/6613.html",
        title="瓷勺成型车间设备安全操作规程",
        record_title="瓷勺成型车间设备安全操作规程.wps",
        date=None,
        notes="file-name record title shown again on the page; a breadcrumb ending in the title; software-style info "
        "lines ('更新日期：3 天前', no date); an 'edited' aside glued after an article",
        page="""
!m 文馨下载站 - 免费文档资料下载
!m 首页 > 企业管理 > 安全制度 > 瓷勺成型车间设备安全操作规程
!t 瓷勺成型车间设备安全操作规程.wps
!m 软件类型：WPS文档　　文件大小：31KB　　更新日期：3 天前
!m 运行环境：WPS Office / Word 2007 及以上
!a 【立即下载】【加入收藏】【报告错误】
{BODY}
!a 以上为预览，完整文档请点击下载按钮获取
!d 声明：本站所有资料来源于网友上传，仅作学习交流，版权归原作者所有
!l 相关下载：车间安全生产责任制.doc｜窑炉操作规程.wps
""",
        body="""
第一条　本规程适用于公司瓷勺成型车间注浆机、滚压成型机、修坯机等设备的操作人员。
第二条　操作人员须经岗前培训考核合格，持上岗证方可独立操作设备。
第三条　开机前应检查设备防护罩、急停按钮是否完好，模具是否安装牢固，确认无误后方可启动。
第四条　滚压成型时，手不得伸入滚头下方；修坯时刀具应朝外，修下的泥屑及时清理，防止滑倒。⟦m （本条经网友补充修订）⟧
第五条　设备运行中发生异响、卡模等情况，应立即按下急停按钮，断电后再行处理，严禁带电排除故障。
第六条　下班前关闭设备电源和气源，清理工位泥料，做好交接班记录。
第七条　违反本规程造成事故的，按公司安全生产奖惩办法处理。
第八条　本规程自发布之日起执行。
""",
    ),
    dict(
        slug="exam-jishui-interview-docent-yangma-ticket-float",
        site="耤水人事考试网 (invented personnel-exam site)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.jsrsks.example.gov.cn/ksgg/sydw/2025/0715/2208.html",
        title="耤水县农耕文化博物馆2025年公开招聘讲解员面试公告",
        record_title="〔讲解员面试〕耤水县农耕文化博物馆2025年公开招聘讲解员面试公告 - 耤水人事考试网",
        date="2025-07-14",
        date_also=["2025-07-15"],
        notes="a personnel-exam site with a maintenance banner and an admission-ticket float; the museum's own 咨询电话 "
        "in the body beside the site's technical line; '下载并打印面试准考证' as content; two signing bodies and their "
        "date expected, the site's 发布时间 also accepted",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>〔讲解员面试〕耤水县农耕文化博物馆2025年公开招聘讲解员面试公告 - 耤水人事考试网</title><script src="/js/float-ticket.js"></script></head><body>
<div class="notice-bar">⟦d 系统将于每周日凌晨2:00-4:00例行维护，期间暂停报名和打印服务⟧</div>
<div class="head">⟦m 耤水人事考试网⟧ ⟦m 耤水县人事考试中心主办⟧</div>
<div class="nav"><a>⟦m 首页⟧</a> <a>⟦m 考试公告⟧</a> <a>⟦m 成绩查询⟧</a> <a>⟦m 政策法规⟧</a> <a>⟦m 常见问题⟧</a></div>
<div class="loc">⟦m 当前位置：首页 &gt; 考试公告 &gt; 事业单位招聘⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-07-15 10:00　信息来源：县人事考试中心⟧</div>
<div class="body">
{BODY}
</div>
<div class="float-ticket" style="position:fixed;right:10px">⟦a 准考证打印入口⟧</div>
<div class="foot">⟦m 报名系统技术咨询：0735-6601010（仅限系统操作问题）⟧ ⟦m 湘ICP备15012207号⟧</div>
</body></html>
""",
        body="""
根据《耤水县农耕文化博物馆2025年公开招聘讲解员公告》，现将面试有关事项公告如下。
一、面试时间和地点。面试定于2025年7月26日上午8:30开始，地点为耤水县农耕文化博物馆二楼报告厅，考生须于8:00前到达候考室。
二、面试方式。面试采取现场讲解方式，考生抽签确定讲解展品，展品范围为馆藏秧马、禾桶、风车、犁耙四件，每人讲解时间不超过8分钟。
三、准考证。考生请于7月22日至25日登录耤水人事考试网下载并打印面试准考证，凭准考证和身份证参加面试。
四、咨询电话。耤水县农耕文化博物馆办公室：0735-6623170（工作日8:30-17:30）
耤水县人力资源和社会保障局
耤水县文化广电旅游局
2025年7月14日
""",
    ),
    dict(
        slug="exam-dangxi-grain-depot-hiring-record-date",
        site="垱溪人事考试信息网 (invented personnel-exam site, text page)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.dxrsks.example.cn/zpxx/gqzp/2025/0620/915.html",
        title="垱溪县国有粮食储备库2025年公开招聘仓储作业人员公告",
        record_title="垱溪县国有粮食储备库2025年公开招聘仓储作业人员公告（含岗位一览）- 垱溪人事考试信息网",
        record_date="2025-06-20",
        date="2025-06-20",
        notes="the record gives the date; a post table (one row a paragraph); the depot's own 联系人/电话 beside the "
        "exam centre's and technical lines; '下载报名表' as content next to an attachment-download line",
        page="""
!m 垱溪人事考试信息网
!m 网站首页 → 招聘信息 → 国企招聘
!t 垱溪县国有粮食储备库2025年公开招聘仓储作业人员公告（含岗位一览）
!m 发布时间：2025-06-20　　阅读：2,574
!a 〖大字〗〖小字〗〖打印〗
{BODY}
!a 附件下载：报名登记表.docx
!m 考试中心咨询电话：0716-7320566　网站技术支持：0716-7320567
!d 垱溪县人事考试中心　版权所有　未经许可请勿转载
""",
        body="""
因工作需要，垱溪县国有粮食储备库面向社会公开招聘仓储作业人员6名，现将有关事项公告如下。
一、招聘岗位
岗位名称　人数　学历要求　年龄要求
仓储保管员　4　高中（中专）及以上　35周岁以下
晒场作业员　2　初中及以上　45周岁以下
二、考试方式。考试分为笔试和实操考核，实操考核内容为谷耙摊晾翻晒、扦样和温湿度记录，满分100分。
三、报名方式。报名时间为6月23日至6月27日，报名者登录本网下载报名表，填好后连同身份证、学历证书复印件送储备库办公室。
四、联系方式。联系人：阮丽华，电话：0716-7366025。
垱溪县国有粮食储备库
2025年6月20日
""",
    ),
    dict(
        slug="tender-gekou-bid-result-ceramic-spoons-lots",
        site="塥口区公共资源交易平台 (invented tender portal)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="html",
        source="https://ggzy.gekou.example.gov.cn/jyxx/zfcg/jggg/2025/0812/6610.html",
        title="塥口区中小学食堂陶瓷餐具采购项目中标结果公告",
        record_title="【结果出炉】塥口区中小学食堂陶瓷餐具采购项目中标结果公告 - 塥口区公共资源交易平台",
        date="2025-08-12",
        notes="a tender portal with a countdown and CA/trading-system lines; a lots table (one row a paragraph); "
        "purchaser and agency contacts in the body; the date under the two signatures",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>【结果出炉】塥口区中小学食堂陶瓷餐具采购项目中标结果公告 - 塥口区公共资源交易平台</title><script src="/js/countdown.js"></script></head><body>
<div class="top">⟦m 垕州市塥口区公共资源交易平台⟧ <a>⟦a 投标人登录⟧</a> <a>⟦a CA证书办理⟧</a></div>
<div class="nav"><a>⟦m 首页⟧</a> <a>⟦m 交易信息⟧</a> <a>⟦m 政策法规⟧</a> <a>⟦m 办事指南⟧</a> <a>⟦m 诚信管理⟧</a></div>
<div class="crumb">⟦m 交易信息 ＞ 政府采购 ＞ 结果公告⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 信息来源：塥口区公共资源交易中心　发布时间：2025-08-12 17:40　浏览：318⟧</div>
<div class="countdown">⟦m 公示剩余：0天 23时 12分⟧</div>
<div class="content">
{BODY}
</div>
<div class="ops">⟦a 〔打印公告〕〔关闭〕⟧</div>
<div class="side"><h4>⟦l 同期结果公告⟧</h4><ul><li>⟦l 塥口区第三中学课桌椅采购中标结果⟧</li><li>⟦l 区机关食堂米面油定点采购成交公告⟧</li></ul></div>
<div class="foot">⟦m CA证书业务咨询：400-880-6172⟧ ⟦m 交易系统操作咨询：0739-2286066⟧ ⟦m 湘ICP备17020155号⟧</div>
</body></html>
""",
        body="""
一、项目编号：GK-ZFCG-2025-0417
二、项目名称：塥口区中小学食堂陶瓷餐具采购项目
三、中标信息
包号　采购内容　中标供应商　中标金额（元）
1　釉下彩瓷勺18000把　垕州瓷安日用瓷有限公司　97200
2　白瓷汤碗9000只　阆湾裕丰陶瓷厂　121500
3　白瓷餐盘9000只　垕州瓷安日用瓷有限公司　143100
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：塥口区教育局，联系人：庞宇辰，电话：0739-8837215
采购代理机构：垕州正衡招标咨询有限公司，联系人：邵静，电话：0739-2253706
塥口区教育局
垕州正衡招标咨询有限公司
2025年8月12日
""",
    ),
    dict(
        slug="tender-qiuyuan-inquiry-ladle-racks-items",
        site="坵原县政府采购网 (invented procurement site, text page)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://www.qyzfcg.example.gov.cn/cggg/xjgg/2025/0624/3319.html",
        title="坵原县人民医院营养食堂不锈钢汤勺架询价公告",
        record_title="询价 ▸ 坵原县人民医院营养食堂不锈钢汤勺架询价公告 - 坵原县政府采购网",
        date="2025-06-24",
        notes="an inquiry with an items table, the purchaser's own contact, an 附件 line and '下载询价文件' as content, "
        "beside the site's file-download (CA login) line and platform hotline",
        page="""
!m 坵原县政府采购网
!m 采购公告 > 询价公告 > 县属单位
!t 询价 ▸ 坵原县人民医院营养食堂不锈钢汤勺架询价公告
!m 公告日期：2025-06-24　　截止时间：2025-06-30 17:00
!a ⬇ 询价文件下载（需CA登录）
{BODY}
!m 政府采购平台运维热线：400-611-3025
!l 【同类公告】县中医院被服洗涤服务询价公告
!d 本网发布的采购信息以采购人盖章文件为准
""",
        body="""
坵原县人民医院拟对营养食堂及各病区配餐间所需不锈钢汤勺架进行询价采购，欢迎符合条件的供应商参加报价。
一、采购内容
序号　品名　规格　数量
1　壁挂式汤勺架　304不锈钢，六钩，带接水盘　40个
2　台式汤勺架　304不锈钢，四钩，底座可拆　16个
3　汤勺架接水盘　配套备件　60个
二、报价要求。供应商请登录坵原县政府采购网下载询价文件，于2025年6月30日17时前将密封报价单送达医院总务科，逾期不予受理。
三、联系方式。采购人：坵原县人民医院总务科，联系人：柏志强，电话：0734-5120265。
附件：询价文件及报价单
坵原县人民医院
2025年6月24日
""",
    ),
    dict(
        slug="lawfirm-hengping-case-falling-ladle-rack",
        site="垕州衡平律师事务所 (invented law-firm site)",
        style="律所网站",
        genre="案例分析",
        kind="other",
        form="html",
        source="https://www.hengping-law.example.cn/anli/2217.html",
        title="汤勺架脱落砸伤顾客，餐馆和厂家谁来担责？",
        record_title="评案札记 ▸ 汤勺架脱落砸伤顾客，餐馆和厂家谁来担责？｜衡平律师",
        date=None,
        notes="a law firm's case note with a lawyer card, a 400 line, a 本文链接 block, a repost notice and a consult "
        "float; a consult prompt on a line of its own between paragraphs; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>评案札记 ▸ 汤勺架脱落砸伤顾客，餐馆和厂家谁来担责？｜衡平律师</title><script src="/js/consult-float.js"></script></head><body>
<div class="top">⟦m 垕州衡平律师事务所⟧ ⟦m 法律咨询热线：400-018-6651⟧</div>
<div class="nav"><a>⟦m 首页⟧</a> <a>⟦m 律所简介⟧</a> <a>⟦m 专业团队⟧</a> <a>⟦m 评案札记⟧</a> <a>⟦m 联系我们⟧</a></div>
<h1>{T}</h1>
<div class="meta">⟦m 栏目：评案札记　作者：冼嘉禾律师　阅读：771⟧</div>
<div class="lawyer-card">⟦m 冼嘉禾　专职律师　擅长：侵权责任、产品质量纠纷⟧</div>
<div class="article">
{BODY}
</div>
<div class="link-box">⟦m 本文链接：https://www.hengping-law.example.cn/anli/2217.html⟧<br>⟦d 转载请保留出处，本文不构成对具体案件的法律意见⟧</div>
<div class="float-consult">⟦w 免费咨询 · 律师10分钟内回电⟧</div>
<div class="foot">⟦m 地址：垕州市塥口区新华路66号金融大厦18楼⟧ ⟦m 湘ICP备19009923号⟧</div>
</body></html>
""",
        body="""
【基本案情】顾客陈某在一家面馆用餐时，墙上一只挂满汤勺的壁挂式汤勺架突然脱落，砸中其右手，造成骨裂。陈某要求面馆赔偿，面馆则称汤勺架是厂家产品质量问题，应由厂家负责。
【律师分析】根据民法典的规定，经营场所的经营者未尽到安全保障义务，造成他人损害的，应当承担侵权责任。面馆将汤勺架安装在顾客座位上方，应定期检查其牢固程度，未尽到这一义务的，应先向陈某承担赔偿责任。
⟦w 遇到类似纠纷不知如何维权？右侧留言，律师免费帮您分析⟧
同时，因产品存在缺陷造成他人损害的，被侵权人也可以向产品的生产者请求赔偿。面馆赔偿后，如能证明汤勺架的膨胀螺栓存在质量缺陷，可以向厂家追偿。
【律师提示】餐饮经营者安装汤勺架、调料架等壁挂设施，应避开顾客就座区域，并留存采购凭证，以便日后维权。
""",
    ),
    dict(
        slug="lawfirm-mingli-letter-return-threshing-tub-record",
        site="甽川明理律师事务所 (invented law-firm site, text page)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.mingli-lawyer.example.com/wenshu/lsh/118.html",
        title="关于返还借展禾桶的律师函",
        date="2025-05-30",
        notes="record title as is; a lawyer's letter with its date under the firm and the lawyer; a disclaimer and a "
        "drafting-service prompt with the firm's phone under it",
        page="""
!m 甽川明理律师事务所
!m 诚信 · 明理 · 尽责
!m 首页 ＞ 文书范例 ＞ 律师函
{T}
!m 发布人：明理律所　　浏览：149
{BODY}
!d 声明：本文已隐去当事人部分信息，仅作文书示例，请勿直接套用
!w 需要起草律师函？拨打所内电话 0797-5268018 预约律师
!l 相关文书：催告函｜解除合同通知书
""",
        body="""
甽川县畾坪镇稻乡农耕体验园：
甽川明理律师事务所接受黄大顺先生的委托，指派本所律师就贵园借展禾桶一事，郑重致函如下：
2024年9月，委托人将其家中祖传杉木禾桶一只借给贵园用于秋收节展示，双方约定展期至2024年12月31日，期满归还。展期届满后，委托人多次催要，贵园至今未予归还，亦未作出合理说明。
为此，本所律师特函告贵园：请于收到本函之日起十日内将禾桶完好归还委托人；如禾桶已有损毁，请与委托人协商赔偿事宜。逾期未予答复的，委托人将依法提起诉讼，由此产生的一切费用由贵园承担。
特此函告。
甽川明理律师事务所
律师：卢正平
2025年5月30日
""",
    ),
]
