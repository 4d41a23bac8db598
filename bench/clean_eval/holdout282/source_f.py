"""holdout282, part F: 公考论坛, 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="examforum-shangan-essay-longevity-lock-jammer",
        site="上岸吧公考论坛 (invented exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.shanganba.com/thread-771290-1-1.html",
        title="一把长命锁里的“守护”之道",
        record_title="[申论作文] 一把长命锁里的“守护”之道（练笔第7篇，求点评） - 申论交流 - 上岸吧公考论坛",
        date=None,
        notes="exam forum: jammer-font junk, reply-to-see prompt, rating row, a QQ-group ad; a post carries no date "
        "(2 小时前)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>[申论作文] 一把长命锁里的“守护”之道（练笔第7篇，求点评） - 申论交流 - 上岸吧公考论坛</title>
<style>.jammer{font-size:0px;color:transparent}</style>
<script src="static/js/forum.js?v=25"></script>
</head><body>
<div id="hd">⟦m 上岸吧公考论坛⟧ ⟦m 一起上岸，不再孤单⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册上岸吧⟧</a></div>
<div id="nv">⟦m <a>首页</a> <a>行测</a> <a>申论交流</a> <a>面试</a> <a>上岸经验</a>⟧</div>
<div id="pt">⟦m 上岸吧 › 申论交流 › 大作文练笔⟧</div>
<div class="ad">⟦w 申论批改群 QQ 780316625，每晚八点老师在线⟧</div>
<table><tr><td class="pls">⟦m 岸边等风来⟧<br>⟦m 积分 312　在线 208 小时⟧</td>
<td class="plc">
<h1>⟦t [申论作文] 一把长命锁里的“守护”之道（练笔第7篇，求点评）⟧</h1>
<div class="authi">⟦m 发表于 2 小时前⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖附有参考范文，回复后刷新可见⟧</div>
<div class="rate">⟦l 评分：参与 2 人　上岸币 +5　理由：立意不错⟧</div>
</td></tr></table>
<div class="reply">⟦l 2楼 老秦批改：分论点可以再对仗一点⟧</div>
<div id="ft">⟦m 上岸吧公考论坛 ©2016-2025⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
过去，孩子出生后，长辈常会送上一把长命锁，锁住的是平安，寄托的是守护。今天，守护孩子健康成长，不能只靠一把锁，更要靠家庭、学校和社会共同织密保护网。
守护，要从家庭做起。家长是孩子的第一任老师，既要关心孩子吃饱穿暖，更要关注孩子的心理健康和行为习惯。
守护，要靠学校用心。学校要把安全教育、心理疏导融入日常，让每一个孩子都被看见。
守护，需要社会合力。从食品安全到网络环境，每一个环节都关系孩子的成长。
一把长命锁，承载着千百年来中国人的朴素心愿。让我们以更科学、更有力的行动，把这份心愿变成现实。
""",
    ),
    dict(
        slug="examforum-kaogong-interview-kettle-craft-junk",
        site="考公小站论坛 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="http://www.kaogongxz.net/bbs/viewthread-55218.html",
        title="结构化面试：如何看待年轻人不愿学铸铁壶手艺",
        record_title="〔面试作答〕结构化面试：如何看待年轻人不愿学铸铁壶手艺 - 结构化面试 - 考公小站论坛",
        date=None,
        notes="exam forum text: junk lines and junk glued after a 。; the poster's answer only; 4 天前 is no date",
        page="""
!m 考公小站论坛 › 面试天地 › 结构化面试
!t 〔面试作答〕结构化面试：如何看待年轻人不愿学铸铁壶手艺
!m 楼主：冲刺省考　4 天前　查看 1102　回复 14
{BODY}
!l 沙发 面试官附体：第三点对策可以再具体些
!l 板凳 小站版主：已加精
!a 回复可见完整点评
!m 考公小站论坛　Powered by 小站社区
""",
        junk=dict(lines=2, glued=2),
        body="""
我的回答分三个层面。
首先，年轻人不愿学铸铁壶手艺，有其现实原因。铸铁壶制作要经过制模、浇注、錾刻等几十道工序，学艺周期长、工作环境热、收入见效慢，和城市里的工作相比缺乏吸引力。
其次，这个问题如果不重视，一些老手艺可能面临失传。手艺的价值不仅在于产品，更在于其中的文化记忆和工匠精神。
最后，我认为可以从三方面着手：一是职业院校开设相关专业，给予学费减免；二是对传承人带徒给予补贴；三是借助电商和文创，让手艺人有稳定收入。
以上是我的回答，谢谢考官。
""",
    ),
    dict(
        slug="wiki-zhiyuan-entry-tiger-shoes-h1-infobox",
        site="知源百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuanbk.com/item/虎头鞋/20931",
        title="虎头鞋",
        record_title=None,
        date=None,
        notes="entry: no title in the record, the entry <h1> (a one-word title that also opens the body, matched as head); "
        "edit/discuss/history tabs, infobox, contents box, reference markers glued after 。, references list",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>知源百科</title>
<script src="/static/bk.js"></script>
</head><body>
<div class="bk-top">⟦m 知源百科⟧ ⟦m 人人可编的知识之源⟧ <a>⟦a 登录⟧</a></div>
<div class="bk-tabs">⟦a 编辑词条 ｜ 讨论 ｜ 历史版本⟧</div>
<h1>{T}</h1>
<div class="bk-sub">⟦m 中国民间传统童鞋⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名　虎头鞋⟧</td></tr>
<tr><td>⟦m 类　别　童鞋、民间手工艺品⟧</td></tr>
<tr><td>⟦m 主要工艺　刺绣、布贴、纳底⟧</td></tr>
</table>
<div class="toc">⟦l 目录　1 形制　2 寓意与习俗　3 保护传承⟧</div>
<div class="bk-body">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 北方民间童鞋图录. 霅湖民艺出版社⟧</p><p>⟦l [2] 祊溪县志·风俗卷⟧</p></div>
<div class="bk-foot">⟦m 词条统计　浏览 38204 · 编辑 17 次⟧ ⟦d 词条内容仅供参考，如需专业意见请咨询相关人士⟧</div>
</body></html>
""",
        p_html='<div class="para">{}</div>',
        body="""
虎头鞋是中国民间传统童鞋，因鞋头呈虎头模样而得名，流行于华北、西北等地，多由母亲或祖母手工缝制。⟦l [1]⟧
鞋面多用红、黄等鲜艳布料，虎头部分用彩色丝线绣出眼、眉、鼻、嘴和胡须，额头常绣“王”字，鞋帮两侧缝有耳朵，有的还缀以铃铛。
民间认为，老虎是百兽之王，给孩子穿虎头鞋可以驱邪避灾、保佑平安，也寄托着孩子虎头虎脑、健壮成长的期望。孩子满月、周岁时，外婆家常送虎头鞋作为贺礼。⟦l [2]⟧
2000年以后，多地将虎头鞋制作技艺列入地方非物质文化遗产名录。
""",
    ),
    dict(
        slug="wiki-zhiyuan-entry-sewing-needle-text",
        site="知源百科 (invented encyclopaedia, text page)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://baike.zhiyuanbk.com/item/缝衣针/11873",
        title="缝衣针",
        record_title="缝衣针 - 知源百科 · 日用品词条",
        date=None,
        notes="entry text: the entry name repeated at the top (head match), a 'rewrite this section' link glued to a "
        "section's first words, infobox lines; no date",
        page="""
!m 知源百科 · 日用品词条
!t 缝衣针
!m 手工缝纫用的细钢针
!a 编辑 ｜ 收藏 ｜ 分享词条
!m 中文名：缝衣针　外文名：sewing needle　材质：碳钢
{BODY}
!l 词条标签：日用品　缝纫工具　五金
!m 本词条由“知源百科·生活科学”审核　最近更新：3 个月前
""",
        body="""
缝衣针是手工缝纫用的细长钢针，一端尖锐，另一端有供穿线的针眼，是家庭常备的日用品。
中国使用缝衣针的历史十分悠久，早期用骨、铜制成，宋代以后钢针逐渐普及。民间有“只要功夫深，铁杵磨成针”的俗语。
⟦a ✎ 修改此段⟧现代缝衣针多由碳钢线材经切断、磨尖、冲眼、淬火、镀镍等工序制成，按长短粗细分为不同号数，号数越大针越细。常见的还有针眼较大的长针，以及用于钉被子的大号针。
使用缝衣针时应配合顶针，防止扎伤手指；不用时应插在针插上，放在儿童接触不到的地方。
""",
    ),
    dict(
        slug="netdisk-yicun-instruction-kettle-pouring-wps",
        site="易存网盘 (invented cloud drive)",
        style="网盘分享",
        genre="作业指导书",
        kind="rules",
        form="html",
        source="https://pan.yicunwp.com/s/8Hf2KqLm0",
        title="铸铁壶浇注工序安全作业指导书",
        record_title="铸铁壶浇注工序安全作业指导书.wps",
        date=None,
        notes="cloud-drive preview: file name as the record title, VIP prompts, a share-expiry line; decimal headings "
        "1–3 with 1.1–3.3; a work instruction carries no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>铸铁壶浇注工序安全作业指导书.wps - 易存网盘·文件分享</title>
<script src="//cdn.yicunwp.com/preview.js"></script>
</head><body>
<div class="top">⟦m 易存网盘⟧ <a>⟦a 登录⟧</a> <a>⟦a 开通超级会员⟧</a></div>
<div class="share-info">⟦m 分享者：铸造车间老胡　分享于 2 天前　有效期剩余 5 天⟧</div>
<div class="file">⟦t 铸铁壶浇注工序安全作业指导书.wps⟧ ⟦m 46.2KB⟧</div>
<div class="btns">⟦a 存进我的易存⟧ ⟦a 普通下载⟧ ⟦a 超级会员极速下⟧</div>
<div class="preview">
{BODY}
</div>
<div class="vip">⟦a 在线预览仅显示前3页，超级会员可预览全部⟧</div>
<div class="report">⟦d 如发现分享内容违规，请点击举报⟧</div>
<div class="ft">⟦m © 2025 易存网盘　京ICP备18062210号⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
1 适用范围
1.1 本指导书适用于铸造车间铁壶壶身、壶盖的浇注作业。
2 作业前准备
2.1 作业人员必须穿戴阻燃工作服、防护面罩、隔热手套和护脚罩。
2.2 检查浇包、吊具是否完好，浇包须烘干后方可使用。
2.3 清理浇注通道，地面不得有积水。
3 浇注操作
3.1 铁水出炉温度控制在1350℃至1400℃，浇注时应稳、准、匀，不得断流。
3.2 浇注完毕的砂型须静置20分钟以上方可开箱。
3.3 浇注区非作业人员不得停留。
""",
    ),
    dict(
        slug="netdisk-text-contract-lock-blanks-glued-markers",
        site="易存网盘 (invented cloud drive, text preview)",
        style="网盘分享",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://pan.yicunwp.com/s/3Ty7QpaZ1",
        title="银饰长命锁定制加工合同",
        record_title="银饰长命锁定制加工合同（空白版，可下载填写）｜易存网盘",
        date=None,
        notes="cloud-drive text preview cut by page markers ⍠ n ⍠ glued with a space to the continuation; a contract "
        "template with ×× placeholders, ＿＿ blanks and ＿＿年＿＿月＿＿日 (no date)",
        page="""
!m 易存网盘 · 文件预览
!m 分享者：银匠小闾　文件：银饰长命锁定制加工合同.docx　分享于 昨天
{T}
{BODY}
!a 预览已到末页 ｜ 下载原文件 ｜ 转存到我的网盘
!d 易存网盘仅提供存储服务，文件内容由分享者负责
""",
        pages=dict(fmt="⍠ {n} ⍠", every=120, start=2, glue=True, sep=" "),
        body="""
委托方（甲方）：＿＿＿＿＿＿
加工方（乙方）：××银饰加工坊
第一条　甲方委托乙方加工足银长命锁＿＿件，每件重量＿＿克，含银量不低于99.9%。
第二条　加工费每克＿＿元，合计人民币＿＿元。甲方提供图样的，乙方应按图样加工；图样由乙方设计的，著作权归乙方所有。
第三条　乙方应于＿＿年＿＿月＿＿日前交货，并随货提供材质检测报告。
第四条　产品含银量不达标或有明显瑕疵的，甲方有权要求返工或退款。
第五条　本合同一式两份，双方各执一份，自签字之日起生效。
甲方（签字）：　　　乙方（盖章）：
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="snapshot-tanlu-consumer-tip-kettle-capture-banner",
        site="拾遗快照 (invented search-cache frame) / 矼山县消费者协会",
        style="搜索快照",
        genre="消费提示",
        kind="notice",
        form="html",
        source="http://cache.shiyikz.com/c?u=http%3A%2F%2Fwww.gsxxh.org%2Fxfts%2F2025%2F0115.html",
        title="选购铁壶“四看一问”消费提示",
        record_title="选购铁壶“四看一问”消费提示 - 矼山县消费者协会（拾遗快照）",
        date="2025-01-15",
        notes="snapshot frame: capture banner with highlighted terms, the original page's chrome inside; 成文日期 under the "
        "signature; the capture stamp is no date; 12315 in the body is content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>选购铁壶“四看一问”消费提示 - 矼山县消费者协会（拾遗快照）</title>
<script src="http://cache.shiyikz.com/kz-banner.js"></script>
</head><body>
<div class="kz-banner">⟦d 这是拾遗快照保存的页面副本，拍摄于 2025年5月2日 03:17，原网页可能已更新⟧<br>⟦m 已为你标亮：铁壶 消费提示⟧ ⟦a 打开原网页⟧</div>
<div class="orig">
<div class="o-head">⟦m 矼山县消费者协会⟧ ⟦m 首页 | 消费提示 | 投诉指南 | 比较试验⟧</div>
<h2>{T}</h2>
<div class="o-meta">⟦m 来源：县消协秘书处　浏览：397⟧</div>
{BODY}
<div class="o-foot">⟦m 矼山县消费者协会　地址：矼山县府前街6号⟧</div>
</div>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
近年来，铁壶成为不少消费者喜爱的茶器，但市场上产品质量参差不齐。县消费者协会提醒，选购铁壶可记住“四看一问”：
一看重量，同样大小的铁壶，过轻的可能壁厚不足或材质不纯；
二看内壁，正规产品内壁为均匀的黑褐色氧化层，如有明显亮漆感需谨慎；
三看标识，查看是否标明生产企业、材质和执行标准；
四看做工，壶盖与壶口是否严密，壶嘴出水是否顺畅；
一问检测报告，请商家出示食品接触材料检测报告。
如遇质量问题，可拨打12315投诉。
矼山县消费者协会
2025年1月15日
""",
    ),
    dict(
        slug="snapshot-text-cache-needle-shop-history",
        site="存档文本 (invented text-only cache) / 砳川地方志网",
        style="搜索快照",
        genre="随笔",
        kind="other",
        form="text",
        source="http://txtcache.shiyikz.com/t?u=lcdfz.cn%2Fwenshi%2F0417",
        title="百年针铺“聃记”的兴衰",
        record_title="〔存档文本〕百年针铺“聃记”的兴衰 - 砳川地方志网",
        date=None,
        notes="text-only cache: capture line and original URL on top; the original site's nav and footer flattened; "
        "years in the text and the capture stamp are no dates",
        page="""
!d 〔存档文本〕以下为拾遗快照保存的纯文本副本，保存时间：2025-04-17 11:02
!m 原网址：http://www.lcdfz.cn/wenshi/0417.html
!m 砳川地方志网　首页 文史钩沉 方志动态 地情资料
{T}
{BODY}
!m 砳川县地方志编纂室主办
!m 本快照仅供参考，内容以原网页为准
""",
        indent="\u3000\u3000",
        body="""
砳川县城南门大街的“聃记针铺”创办于清光绪年间，以手工磨制缝衣针闻名，当地有“买针认聃记”的说法。
聃记的针用上好钢丝制作，经截丝、磨尖、打眼、淬火、抛光等十二道工序，针身光滑，针尖锋利，针眼圆润不毛线。鼎盛时期，针铺有伙计二十余人，产品远销周边数县。
二十世纪六十年代，机制缝衣针大量上市，手工针铺逐渐萧条，聃记于1968年并入县五金合作社。
如今，南门大街老房子门楣上“聃记针铺”的石匾仍在，成为县城一处怀旧打卡点。
""",
    ),
    dict(
        slug="print-honghan-bulletin-soldering-burns-window-print",
        site="霅湖鸿焊电子有限公司官网 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="https://www.honghan-elec.com/print.php?id=1507",
        title="关于装接车间两起电烙铁烫伤事件的通报",
        record_title="【打印留档版】关于装接车间两起电烙铁烫伤事件的通报",
        date="2025-07-18",
        notes="print view calling window.print(): print/close buttons, the print URL and time, a print footer ✠ 第1页（共1页）✠; "
        "成文日期 under the signature; the print stamp is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【打印留档版】关于装接车间两起电烙铁烫伤事件的通报</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head><body>
<div class="noprint">⟦a 立即打印⟧ ⟦a 不打了，关闭⟧</div>
<div class="ph">⟦m 霅湖鸿焊电子有限公司 · 安全生产⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pf">⟦m 打印自：https://www.honghan-elec.com/news/1507.html　打印时间：2025-08-03 09:41⟧</div>
<div class="pf">⟦p ✠ 第1页（共1页）✠⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
各车间、班组：
7月以来，装接车间连续发生两起电烙铁烫伤事件。7月8日，焊接一班一名员工伸手取元件时手背碰到未上架的烙铁头，造成轻度烫伤；7月15日，焊接三班一名新员工甩锡时焊锡溅到同事手臂上。
两起事件虽未造成严重后果，但暴露出部分员工操作不规范、班组长日常监督缺位等问题。
为此，公司要求：
1. 电烙铁不用时必须放回烙铁架，严禁甩锡；
2. 新员工上岗前须完成安全操作考核；
3. 各班组每周开展一次安全检查。
霅湖鸿焊电子有限公司安全生产委员会
2025年7月18日
""",
    ),
    dict(
        slug="print-fangxi-plan-tiger-shoe-training-decimal",
        site="祊溪县妇联网站 (invented, print view as text)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="text",
        source="http://fl.fangxi.gov.cn/print/2025/0425-03",
        title="2025年“巧手绣娘”虎头鞋技艺培训实施方案",
        record_title="2025年“巧手绣娘”虎头鞋技艺培训实施方案【可打印】",
        date="2025-04-25",
        notes="print view as text: decimal headings 1–3 with 1.1–3.2; a print footer ♕ 1 ／ 1 ♕ closes it; 成文日期 "
        "under the signature",
        page="""
!a [打印] [关闭本窗口]
!m 祊溪县妇女联合会　网站打印稿
{T}
{BODY}
!m 页面地址：http://fl.fangxi.gov.cn/gzdt/2025/0425-03.html
!p ♕ 1 ／ 1 ♕
""",
        body="""
1 培训目标
1.1 培训农村妇女120名，使学员掌握虎头鞋制作基本技艺，其中30名达到独立接单水平。
2 培训安排
2.1 时间：2025年5月至6月，分三期进行，每期15天。
2.2 地点：訾岭乡、趵口镇、稆田镇妇女之家。
2.3 师资：聘请县级非遗传承人3名担任授课老师。
3 保障措施
3.1 培训经费从县妇联妇女发展资金中列支，学员免费参训。
3.2 培训结束后组织考核，合格者颁发结业证书，优先推荐到虎头鞋合作社就业。
祊溪县妇女联合会
2025年4月25日
""",
    ),
    dict(
        slug="mail-leichuan-museum-loan-letter-attachment-bar",
        site="霅湖政务邮 (invented webmail) / 砳川县博物馆",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.xhgov-mail.cn/read?mid=ZL2504080917",
        title="关于商借馆藏长命锁参加“锁住的祝福”特展的函",
        record_title="Fwd: 【馆际借展】关于商借馆藏长命锁参加“锁住的祝福”特展的函",
        date="2025-04-07",
        date_also=["2025-04-08"],
        notes="webmail reading view: forwarded header (发件人/时间/收件人/抄送/主题), an attachment bar beside the letter's own "
        "附件 list, its own 联系人/电话/邮箱 and 抄送 line; the send date also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>Fwd: 【馆际借展】关于商借馆藏长命锁参加“锁住的祝福”特展的函 - 霅湖政务邮</title>
<script src="/webmail/js/read.js"></script>
</head><body>
<div class="wm-top">⟦m 霅湖政务邮⟧ ⟦m 胊阳县文物管理所 收件箱⟧ <a>⟦a 退出⟧</a></div>
<div class="wm-tools">⟦a 回复　全部回复　转发　删除　标为未读⟧</div>
<div class="wm-head">
<div>⟦m 主　题：Fwd: 【馆际借展】关于商借馆藏长命锁参加“锁住的祝福”特展的函⟧</div>
<div>⟦m 发件人：聃小舟 &lt;danxz@lcmuseum.cn&gt;⟧</div>
<div>⟦m 时　间：2025年4月8日（星期二）上午9:17⟧</div>
<div>⟦m 收件人：gouyang_wgs@xhgov-mail.cn⟧</div>
<div>⟦m 抄　送：lc_wlj@xhgov-mail.cn⟧</div>
</div>
<div class="wm-att">⟦a 附件（2个）：借展文物清单.xlsx（42K）　展厅安防方案.pdf（1.3M）　全部下载⟧</div>
<div class="wm-body">
<p>所长您好，借展函转上，请审阅。聃小舟</p>
<p>⟦m ---------- 转发的邮件 ----------⟧</p>
<h3>{T}</h3>
{BODY}
</div>
<div class="wm-foot">⟦d 政务邮箱严禁传输涉密信息⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
胊阳县文物管理所：
我馆拟于2025年5月18日至8月31日举办“锁住的祝福——馆藏长命锁特展”。贵所收藏的清代银累丝长命锁等三件文物工艺精湛，对展览主题有重要意义，特商借参展。
借展期间，我馆将按照一级风险单位标准做好文物运输、保管和安保工作，并为借展文物办理全额保险。借展结束后十日内完璧归还。
如蒙同意，请于4月20日前函复。
联系人：聃小舟　电话：0735-7788106　邮箱：danxz@lcmuseum.cn
附件：1.借展文物清单
2.展厅安防方案
砳川县博物馆
2025年4月7日
抄送：砳川县文化和旅游局
""",
    ),
    dict(
        slug="mail-jincheng-letter-needle-quality-forwarded-docx",
        site="锦程服装 企业邮箱 (invented, forwarded mail as text)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:gangzhen_sales@xhgz.com.cn?subject=fwd-0909",
        title="关于第二批手缝针质量问题的函",
        record_title="转发：关于第二批手缝针质量问题的函.docx",
        date="2025-09-08",
        date_also=["2025-09-09"],
        notes="forwarded mail as text: file name with 转发： as the record title; mail headers (a header 抄送 beside the "
        "letter's own 抄送 line), an attachment line, a forwarder's note (neutral); the send date also accepted",
        page="""
!m 发件人：臬娟 <niejuan@jcfz-garment.cn>
!m 发送时间：2025年9月9日（星期二）08:26
!m 收件人：gangzhen_sales@xhgz.com.cn
!m 抄送：caigou@jcfz-garment.cn
!m 主题：转发：关于第二批手缝针质量问题的函.docx
!a 附件：关于第二批手缝针质量问题的函.docx（36 KB）
王经理，我厂的函请查收，盼尽快回复。
!m ---------- 原始邮件正文 ----------
{T}
{BODY}
!m 此邮件由锦程服装企业邮箱发出
""",
        body="""
霅湖市钢针制造有限公司：
我厂于2025年9月2日收到贵司供应的第二批手缝用缝衣针（5号，共200盒）。经我厂品质部抽检，发现部分缝衣针针眼有毛刺，穿线时易将线割断，抽检20盒中有6盒存在此问题，不合格率达30%。
按照双方采购合同第六条约定，请贵司于9月15日前派人到我厂确认，并对该批产品予以退换。
联系人：臬娟　电话：0736-2214590
霅湖锦程服装有限公司
2025年9月8日
抄送：霅湖锦程服装有限公司采购部
""",
    ),
]
